import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DeleteReviewUseCase, ListAdminReviewsUseCase, ModerateReviewUseCase } from '@devgear/application';
import { adminReviewListQuerySchema, moderateReviewSchema } from '@devgear/contracts';
import { Roles } from '../../../platform/auth/auth.decorators';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { pathId } from '../../../platform/http/path-id';
import { presentAdminReview } from './reviews.presenter';

/** Reviews moderation (CONTRACT.md "Admin"): hiding or deleting changes the product's rating in the same transaction. */
@Roles('admin')
@Controller('admin/reviews')
export class AdminReviewsController {
  constructor(
    private readonly listReviews: ListAdminReviewsUseCase,
    private readonly moderate: ModerateReviewUseCase,
    private readonly remove: DeleteReviewUseCase,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(adminReviewListQuerySchema, query, 'Invalid review filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    const result = await this.listReviews.execute({ status: q.status, productId: q.product_id?.toLowerCase(), rating: q.rating, q: q.q || undefined, page, perPage });
    return listEnvelope(result.items.map(presentAdminReview), { page, perPage, total: result.total }, req.url);
  }

  @Get(':id')
  async one(@Param('id') id: string) {
    return { data: presentAdminReview(await this.listReviews.one(pathId(id, 'Review'))) };
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: unknown) {
    const reviewId = pathId(id, 'Review');
    const input = parseInput(moderateReviewSchema, body, 'Invalid review change');
    await this.moderate.execute(reviewId, input.status);
    return { data: presentAdminReview(await this.listReviews.one(reviewId)) };
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id') id: string) {
    await this.remove.execute(pathId(id, 'Review'));
  }
}
