import type { RatingDelta, Review, ReviewStatus } from '@devgear/domain';

/**
 * Stores reviews, and with every change the product's rating (count, sum, average of its
 * visible reviews) in the SAME transaction, by applying the change's RatingDelta atomically
 * (never a recount, never a read-modify-write that two writers could interleave).
 */
export interface ReviewRepository {
  findById(id: string): Promise<Review | null>;
  /** The author's review of the product, whatever its status. */
  findByAuthor(productId: string, authorId: string): Promise<Review | null>;
  /**
   * Inserts a new review and adds its contribution to the product's rating. A second review of
   * the product by the author (a concurrent insert) must surface as alreadyReviewed() (409).
   */
  add(review: Review): Promise<void>;
  /**
   * Stores the review's new status and applies `delta` to the rating, only while the stored
   * status is still `from` (the status it was loaded with); otherwise reviewChangedMeanwhile().
   */
  saveModeration(review: Review, from: ReviewStatus, delta: RatingDelta): Promise<void>;
  /** Deletes the review and applies `delta`, only while its stored status is still `review.status`; otherwise reviewChangedMeanwhile(). */
  remove(review: Review, delta: RatingDelta): Promise<void>;
  /** Counts one "helpful" vote of `voterId`; answers false (and counts nothing) when they had voted already. */
  addHelpfulVote(reviewId: string, voterId: string, at: Date): Promise<boolean>;
}
