import { ReviewErrorCodes, reviewNotFound, type Review, type ReviewStatus } from '@devgear/domain';
import { retryOnConflict } from '../../shared/retry-on-conflict';
import type { ReviewDeps } from '../review.deps';

/**
 * PATCH /admin/reviews/{id} { status }: hides a review (its stars leave the product's rating)
 * or shows it again, in one transaction with the rating. Two moderators at once end in the
 * state of the last one, with the rating exact.
 */
export class ModerateReviewUseCase {
  constructor(private readonly deps: Pick<ReviewDeps, 'reviews' | 'clock'>) {}

  execute(reviewId: string, status: ReviewStatus): Promise<Review> {
    return retryOnConflict([ReviewErrorCodes.CONCURRENT_UPDATE], async () => {
      const review = await this.deps.reviews.findById(reviewId);
      if (!review) throw reviewNotFound(reviewId);
      const from = review.status;
      const delta = review.moderate(status, this.deps.clock.now());
      if (review.status !== from) await this.deps.reviews.saveModeration(review, from, delta);
      return review;
    });
  }
}
