import { ReviewErrorCodes, reviewNotFound } from '@devgear/domain';
import { retryOnConflict } from '../../shared/retry-on-conflict';
import type { ReviewDeps } from '../review.deps';

/** DELETE /admin/reviews/{id}: the review goes, and a visible one's stars leave the rating in the same transaction. */
export class DeleteReviewUseCase {
  constructor(private readonly deps: Pick<ReviewDeps, 'reviews'>) {}

  execute(reviewId: string): Promise<void> {
    return retryOnConflict([ReviewErrorCodes.CONCURRENT_UPDATE], async () => {
      const review = await this.deps.reviews.findById(reviewId);
      if (!review) throw reviewNotFound(reviewId);
      await this.deps.reviews.remove(review, review.removal());
    });
  }
}
