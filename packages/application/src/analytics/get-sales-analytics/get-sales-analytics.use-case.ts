import { DomainError, Money, ORDER_STATUSES, ValidationProblems, type OrderStatus } from '@devgear/domain';

/** The statuses analytics count: every order, not the checkout attempts whose payment failed. */
export const ORDERS_COUNTED = ORDER_STATUSES.filter((s): s is Exclude<OrderStatus, 'payment_failed'> => s !== 'payment_failed');
export type CountedOrderStatus = (typeof ORDERS_COUNTED)[number];
import type { Clock } from '../../ports/clock.port';
import type { SalesAnalyticsReadModel } from '../../ports/sales-analytics.port';

export interface GetSalesAnalyticsInput {
  /** YYYY-MM-DD (UTC), inclusive; default: 29 days before `to`. */
  from?: string;
  /** YYYY-MM-DD (UTC), inclusive; default: today. */
  to?: string;
}

export interface SalesAnalytics {
  from: string;
  to: string;
  revenue: Money;
  ordersCount: number;
  averageOrderValue: Money;
  ordersByStatus: Record<CountedOrderStatus, number>;
  topProducts: { productId: string; name: string; units: number; revenue: Money }[];
  salesByDay: { date: string; revenue: Money; orders: number }[];
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const TOP_PRODUCTS = 10;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | undefined, field: string, problems: ValidationProblems): Date | undefined {
  if (value === undefined) return undefined;
  const day = DATE.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    problems.add(field, 'must be a date like 2026-11-01');
    return undefined;
  }
  return day;
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * GET /admin/analytics: revenue, orders, average order value, orders by status, top products and
 * sales per day for a window of whole UTC days. Revenue counts orders holding a payment (paid and
 * later fulfilment states): refunded and cancelled orders are excluded. Every day of the window
 * appears in `salesByDay`, with zeros where nothing sold; an empty store gives zeros, not errors.
 */
export class GetSalesAnalyticsUseCase {
  constructor(
    private readonly deps: { analytics: SalesAnalyticsReadModel; clock: Clock },
    private readonly options: { currency: string },
  ) {}

  async execute(input: GetSalesAnalyticsInput = {}): Promise<SalesAnalytics> {
    const problems = new ValidationProblems('ANALYTICS.INVALID_WINDOW');
    const toDay = parseDay(input.to, 'to', problems) ?? new Date(`${isoDay(this.deps.clock.now())}T00:00:00.000Z`);
    const fromDay = parseDay(input.from, 'from', problems) ?? new Date(toDay.getTime() - 29 * DAY_MS);
    problems.throwIfAny('Invalid analytics window');
    const days = Math.round((toDay.getTime() - fromDay.getTime()) / DAY_MS) + 1;
    if (days < 1) throw new DomainError('ANALYTICS.INVALID_WINDOW', 'from must not be after to', 'validation', { from: ['must not be after to'] });
    if (days > MAX_DAYS) throw new DomainError('ANALYTICS.INVALID_WINDOW', `The window may span at most ${MAX_DAYS} days`, 'validation', { from: [`must be at most ${MAX_DAYS} days before to`] });

    const figures = await this.deps.analytics.figures({ fromInclusive: fromDay, toExclusive: new Date(toDay.getTime() + DAY_MS), topN: TOP_PRODUCTS });
    const money = (amount: number) => Money.of(amount, this.options.currency);
    const byDay = new Map(figures.salesByDay.map((d) => [d.date, d]));
    // A payment_failed attempt is not an order (CONTRACT.md): analytics never count it.
    const ordersByStatus = Object.fromEntries(ORDERS_COUNTED.map((s) => [s, figures.ordersByStatus[s] ?? 0])) as Record<CountedOrderStatus, number>;
    return {
      from: isoDay(fromDay),
      to: isoDay(toDay),
      revenue: money(figures.revenue),
      ordersCount: figures.paidOrders,
      // Half-up to the minor unit; zero for an empty window.
      averageOrderValue: money(figures.paidOrders ? Math.floor((figures.revenue * 2 + figures.paidOrders) / (2 * figures.paidOrders)) : 0),
      ordersByStatus,
      topProducts: figures.topProducts.map((p) => ({ ...p, revenue: money(p.revenue) })),
      salesByDay: Array.from({ length: days }, (_, i) => {
        const date = isoDay(new Date(fromDay.getTime() + i * DAY_MS));
        const d = byDay.get(date);
        return { date, revenue: money(d?.revenue ?? 0), orders: d?.orders ?? 0 };
      }),
    };
  }
}
