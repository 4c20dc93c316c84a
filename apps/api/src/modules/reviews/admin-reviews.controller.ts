import { Controller, Delete, Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { paginationQuerySchema } from '@devgear/contracts';
import { ApiError, parseInput } from '../../platform/http/errors';
import { listEnvelope } from '../../platform/http/list-envelope';
import { Roles } from '../../platform/auth/auth.decorators';

/**
 * Reviews moderation, as far as it can go today: customers cannot write reviews yet (there is
 * no reviews table nor `POST /products/{id}/reviews`), so the moderation queue is truthfully
 * empty and no review can be found to delete. The routes exist, admin-only, with the contract's
 * shapes, so the back office and its clients do not change when reviews arrive.
 */
@Roles('admin')
@Controller('admin/reviews')
export class AdminReviewsController {
  @Get()
  list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(paginationQuerySchema, query, 'Invalid review filters');
    return listEnvelope([], { page: q.page ?? 1, perPage: q.per_page ?? 24, total: 0 }, req.url);
  }

  @Delete(':id')
  remove(@Param('id') _id: string): never {
    throw ApiError.notFound('Review not found');
  }
}
