import { Injectable } from '@nestjs/common';
import type { SalesAnalyticsReadModel, SalesFigures, SalesWindow } from '@devgear/application';
import type { OrderStatus } from '@devgear/domain';
import { PrismaService } from '../../platform/database/prisma.service';

/** Orders that hold a customer's money: revenue. Refunded and cancelled are not. */
const REVENUE_STATUSES = ['paid', 'packed', 'shipped', 'delivered'];

/**
 * Sales figures computed by PostgreSQL aggregates over `orders` / `order_lines` (the
 * (status, placed_at) index serves the window), so the cost does not grow with what the
 * API process would have to load. Days are UTC.
 */
@Injectable()
export class PrismaSalesAnalyticsReadModel implements SalesAnalyticsReadModel {
  constructor(private readonly prisma: PrismaService) {}

  async figures(w: SalesWindow): Promise<SalesFigures> {
    const [totals, byStatus, top, byDay] = await Promise.all([
      this.prisma.$queryRaw<{ revenue: bigint | null; orders: bigint }[]>`
        SELECT sum(total) AS revenue, count(*) AS orders FROM orders
        WHERE status::text = ANY(${REVENUE_STATUSES}) AND placed_at >= ${w.fromInclusive} AND placed_at < ${w.toExclusive}`,
      this.prisma.$queryRaw<{ status: OrderStatus; orders: bigint }[]>`
        SELECT status::text AS status, count(*) AS orders FROM orders
        WHERE placed_at >= ${w.fromInclusive} AND placed_at < ${w.toExclusive} AND status <> 'payment_failed'
        GROUP BY status`,
      this.prisma.$queryRaw<{ product_id: string; name: string; units: bigint; revenue: bigint }[]>`
        SELECT l.product_id, coalesce(max(p.name), max(l.name)) AS name, sum(l.quantity) AS units, sum(l.line_total) AS revenue
        FROM order_lines l
        JOIN orders o ON o.id = l.order_id
        LEFT JOIN products p ON p.id = l.product_id
        WHERE o.status::text = ANY(${REVENUE_STATUSES}) AND o.placed_at >= ${w.fromInclusive} AND o.placed_at < ${w.toExclusive}
        GROUP BY l.product_id
        ORDER BY units DESC, revenue DESC, l.product_id
        LIMIT ${w.topN}`,
      this.prisma.$queryRaw<{ date: string; revenue: bigint; orders: bigint }[]>`
        SELECT to_char(placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, sum(total) AS revenue, count(*) AS orders
        FROM orders
        WHERE status::text = ANY(${REVENUE_STATUSES}) AND placed_at >= ${w.fromInclusive} AND placed_at < ${w.toExclusive}
        GROUP BY 1 ORDER BY 1`,
    ]);
    return {
      revenue: Number(totals[0]?.revenue ?? 0),
      paidOrders: Number(totals[0]?.orders ?? 0),
      ordersByStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.orders)])),
      topProducts: top.map((r) => ({ productId: r.product_id, name: r.name, units: Number(r.units), revenue: Number(r.revenue) })),
      salesByDay: byDay.map((r) => ({ date: r.date, revenue: Number(r.revenue), orders: Number(r.orders) })),
    };
  }
}
