import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CreateReviewUseCase, ListProductReviewsUseCase, VoteReviewHelpfulUseCase } from '@devgear/application';
import { createReviewSchema, reviewListQuerySchema } from '@devgear/contracts';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Public } from '../../../platform/http/public.decorator';
import { pathId } from '../../../platform/http/path-id';
import { presentOwnReview, presentReview } from './reviews.presenter';

/** A product's reviews (CONTRACT.md "Catalog"): `{id}` is the product's id or slug, like GET /products/{id}. */
@Controller()
export class ReviewsController {
  constructor(
    private readonly listReviews: ListProductReviewsUseCase,
    private readonly createReview: CreateReviewUseCase,
    private readonly voteHelpful: VoteReviewHelpfulUseCase,
  ) {}

  /** Public; a signed-in caller also gets `meta.own_review` (their review, even hidden). */
  @Public()
  @Get('products/:product/reviews')
  async list(@Param('product') product: string, @Query() query: unknown, @Req() req: FastifyRequest, @CurrentUser() viewer: AuthUser | undefined) {
    const q = parseInput(reviewListQuerySchema, query, 'Invalid review query');
    const result = await this.listReviews.execute({ product, sort: q.sort, page: q.page, perPage: q.per_page, viewerId: viewer?.id });
    return listEnvelope(result.items.map(presentReview), result, req.url, { own_review: result.own ? presentOwnReview(result.own) : null });
  }

  @Post('products/:product/reviews')
  @HttpCode(201)
  async create(@Param('product') product: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    const input = parseInput(createReviewSchema, body, 'Invalid review');
    const review = await this.createReview.execute({ product, authorId: user.id, rating: input.rating, title: input.title, body: input.body });
    return { data: presentOwnReview(review) };
  }

  /** "Was this helpful?": one vote per customer (again: 200, unchanged); the author may not vote (403). */
  @Post('reviews/:id/helpful')
  @HttpCode(200)
  async helpful(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    const { review } = await this.voteHelpful.execute(pathId(id, 'Review'), user.id);
    return { data: presentReview(review) };
  }
}
