import { reviewNotFound } from '@devgear/domain';
import type { ReviewView } from '../../ports/review-read-model.port';
import type { ReviewDeps } from '../review.deps';

/**
 * POST /reviews/{id}/helpful: "was this helpful?", one vote per signed-in customer (voting again
 * changes nothing), never by the author. Hidden reviews are not found, as for the public.
 */
export class VoteReviewHelpfulUseCase {
  constructor(private readonly deps: Pick<ReviewDeps, 'reviews' | 'read' | 'clock'>) {}

  async execute(reviewId: string, voterId: string): Promise<{ review: ReviewView; counted: boolean }> {
    const review = await this.deps.reviews.findById(reviewId);
    if (!review || !review.isVisible) throw reviewNotFound(reviewId);
    review.assertCanBeVotedBy(voterId);
    const counted = await this.deps.reviews.addHelpfulVote(review.id, voterId, this.deps.clock.now());
    const view = await this.deps.read.get(review.id);
    if (!view) throw reviewNotFound(reviewId);
    return { review: view, counted };
  }
}
