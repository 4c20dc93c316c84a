import { Controller, Get, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { GetAlsoBoughtUseCase, GetRecommendationsUseCase, type ProductSummaryView } from '@devgear/application';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Public } from '../../../platform/http/public.decorator';
import { presentSummary } from '../../catalog/catalog.public';

/** One page holding the whole (short) list. */
const onePage = (items: ProductSummaryView[], url: string) => listEnvelope(items.map(presentSummary), { page: 1, perPage: Math.max(1, items.length), total: items.length }, url);

@Controller()
export class RecommendationsController {
  constructor(
    private readonly recommendations: GetRecommendationsUseCase,
    private readonly alsoBought: GetAlsoBoughtUseCase,
  ) {}

  /** "Recommended for you" (signed in; CONTRACT.md "Customer extras"). */
  @Get('recommendations')
  async forCustomer(@CurrentUser() user: AuthUser, @Req() req: FastifyRequest) {
    return onePage(await this.recommendations.execute(user.id), req.url);
  }

  /** "Customers also bought" on the product page: products sharing paid orders, else the same category. */
  @Public()
  @Get('products/:product/also-bought')
  async forProduct(@Param('product') product: string, @Req() req: FastifyRequest) {
    return onePage(await this.alsoBought.execute(product), req.url);
  }
}
