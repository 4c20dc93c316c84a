import type { OrderStatus } from '@devgear/domain';

/** Orders placed in [fromInclusive, toExclusive), aggregated by the database, never loaded one by one. */
export interface SalesWindow {
  fromInclusive: Date;
  toExclusive: Date;
  /** How many products `topProducts` returns. */
  topN: number;
}

/** Amounts are integer minor units of the store currency. */
export interface SalesFigures {
  /** Revenue = totals of orders that hold a payment (paid, packed, shipped, delivered); refunds and cancellations excluded. */
  revenue: number;
  /** How many orders make up `revenue`. */
  paidOrders: number;
  /** Every order placed in the window, by status. */
  ordersByStatus: Partial<Record<OrderStatus, number>>;
  topProducts: { productId: string; name: string; units: number; revenue: number }[];
  /** Only days with sales; the use case fills the gaps. `date` is YYYY-MM-DD (UTC). */
  salesByDay: { date: string; revenue: number; orders: number }[];
}

export interface SalesAnalyticsReadModel {
  figures(window: SalesWindow): Promise<SalesFigures>;
}
