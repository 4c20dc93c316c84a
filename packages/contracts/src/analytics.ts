import { z } from 'zod';
import type { MoneyDto } from './common';
import type { ORDER_STATUSES_COUNTED } from './orders';

/** GET /admin/analytics?from=&to=: whole UTC days, inclusive; the use case checks the window. */
export const analyticsQuerySchema = z
  .object({
    from: z.string().trim().max(10, 'must be a date like 2026-11-01').optional(),
    to: z.string().trim().max(10, 'must be a date like 2026-11-01').optional(),
  })
  .strict();

export interface AnalyticsDto {
  from: string;
  to: string;
  revenue: MoneyDto;
  orders_count: number;
  average_order_value: MoneyDto;
  /** Every order by status; payment_failed checkout attempts are never counted. */
  orders_by_status: Record<(typeof ORDER_STATUSES_COUNTED)[number], number>;
  top_products: { product_id: string; name: string; units: number; revenue: MoneyDto }[];
  sales_by_day: { date: string; revenue: MoneyDto; orders: number }[];
}
