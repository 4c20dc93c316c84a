import type { AdminReviewView, ReviewView } from '@devgear/application';
import type { AdminReviewDto, OwnReviewDto, ReviewDto } from '@devgear/contracts';

export function presentReview(r: ReviewView): ReviewDto {
  return {
    id: r.id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    author: { first_name: r.authorFirstName },
    verified_purchase: r.verifiedPurchase,
    helpful_count: r.helpfulCount,
    created_at: r.createdAt.toISOString(),
  };
}

export function presentOwnReview(r: ReviewView): OwnReviewDto {
  return { ...presentReview(r), status: r.status };
}

export function presentAdminReview(r: AdminReviewView): AdminReviewDto {
  return {
    ...presentOwnReview(r),
    author: { id: r.author.id, first_name: r.author.firstName, last_name: r.author.lastName, email: r.author.email },
    product: { id: r.product.id, slug: r.product.slug, name: r.product.name },
    updated_at: r.updatedAt.toISOString(),
  };
}
