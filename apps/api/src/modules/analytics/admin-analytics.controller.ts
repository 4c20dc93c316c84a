import { Controller, Get, Query } from '@nestjs/common';
import { GetSalesAnalyticsUseCase } from '@devgear/application';
import { analyticsQuerySchema, type AnalyticsDto } from '@devgear/contracts';
import { parseInput } from '../../platform/http/errors';
import { Roles } from '../../platform/auth/auth.decorators';


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
        revenue: a.revenue.toJSON(),
        orders_count: a.ordersCount,
        average_order_value: a.averageOrderValue.toJSON(),
        orders_by_status: a.ordersByStatus,
        top_products: a.topProducts.map((p) => ({ product_id: p.productId, name: p.name, units: p.units, revenue: p.revenue.toJSON() })),
        sales_by_day: a.salesByDay.map((d) => ({ date: d.date, revenue: d.revenue.toJSON(), orders: d.orders })),
      },
    };
  }
}
