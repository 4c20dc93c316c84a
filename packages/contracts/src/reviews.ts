import { z } from 'zod';
import { paginationQuerySchema, queryInt, type ListEnvelope, type ListMeta } from './common';
import { humanText } from './text-input';

export const REVIEW_SORTS = ['newest', 'rating_desc', 'rating_asc', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const REVIEW_STATUSES = ['visible', 'hidden'] as const;
export type ReviewStatusDto = (typeof REVIEW_STATUSES)[number];

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 5000;

/** GET /products/{id}/reviews. */
export const reviewListQuerySchema = paginationQuerySchema.extend({
  sort: z.enum(REVIEW_SORTS, { message: `must be one of ${REVIEW_SORTS.join(', ')}` }).optional(),
});

/** POST /products/{id}/reviews. */
export const createReviewSchema = z
  .object({
    rating: z.number({ message: 'is required: a whole number of stars from 1 to 5' }).int('must be a whole number of stars from 1 to 5').min(1, 'must be at least 1 star').max(5, 'must be at most 5 stars'),
    title: humanText({ min: 1, max: REVIEW_TITLE_MAX, required: 'is required' }),
    body: humanText({ min: 1, max: REVIEW_BODY_MAX, required: 'is required' }),
  })
  .strict();
export type CreateReviewRequest = z.input<typeof createReviewSchema>;

export interface ReviewDto {
  id: string;
  rating: number;
  title: string;
  body: string;
  author: { first_name: string };
  verified_purchase: boolean;
  /** "Was this helpful?" votes. */
  helpful_count: number;
  created_at: string;
}

/** The signed-in caller's own review, with its status (a hidden one is shown only to its author). */
export interface OwnReviewDto extends ReviewDto {
  status: ReviewStatusDto;
}

export interface ReviewListMeta extends ListMeta {
  /** The caller's review of this product (signed in), else null. */
  own_review: OwnReviewDto | null;
}

export type ReviewListResponse = ListEnvelope<ReviewDto, ReviewListMeta>;

/** PATCH /admin/reviews/{id}. */
export const moderateReviewSchema = z.object({ status: z.enum(REVIEW_STATUSES, { message: 'must be visible or hidden' }) }).strict();
export type ModerateReviewRequest = z.input<typeof moderateReviewSchema>;

/** GET /admin/reviews. */
export const adminReviewListQuerySchema = paginationQuerySchema
  .extend({
    status: z.enum(REVIEW_STATUSES, { message: 'must be visible or hidden' }).optional(),
    product_id: z.string().uuid('must be a product id (UUID)').optional(),
    rating: queryInt({ min: 1, max: 5 }).optional(),
    q: humanText({ max: 200 }).optional(),
  })
  .strict();
export type AdminReviewListQuery = z.input<typeof adminReviewListQuerySchema>;

export interface AdminReviewDto extends OwnReviewDto {
  author: { id: string; first_name: string; last_name: string; email: string };
  product: { id: string; slug: string; name: string };
  updated_at: string;
}
