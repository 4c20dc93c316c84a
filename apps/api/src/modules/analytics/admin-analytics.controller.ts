import { Controller, Get, Query } from '@nestjs/common';
import { GetSalesAnalyticsUseCase } from '@devgear/application';
import { analyticsQuerySchema, type AnalyticsDto } from '@devgear/contracts';
import type { Money } from '@devgear/domain';
import { parseInput } from '../../platform/http/errors';
import { Roles } from '../../platform/auth/auth.decorators';

const money = (m: Money) => ({ amount: m.amount, currency: m.currency });

@Roles('admin')
@Controller('admin/analytics')
export class AdminAnalyticsController {
  constructor(private readonly analytics: GetSalesAnalyticsUseCase) {}

  /** GET /admin/analytics?from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, inclusive; default the last 30). */
  @Get()
  async get(@Query() query: unknown): Promise<{ data: AnalyticsDto }> {
    const q = parseInput(analyticsQuerySchema, query, 'Invalid analytics window');
    const a = await this.analytics.execute({ from: q.from, to: q.to });
    return {
      data: {
        from: a.from,
        to: a.to,
        revenue: money(a.revenue),
        orders_count: a.ordersCount,
        average_order_value: money(a.averageOrderValue),
        orders_by_status: a.ordersByStatus,
        top_products: a.topProducts.map((p) => ({ product_id: p.productId, name: p.name, units: p.units, revenue: money(p.revenue) })),
        sales_by_day: a.salesByDay.map((d) => ({ date: d.date, revenue: money(d.revenue), orders: d.orders })),
      },
    };
  }
}
