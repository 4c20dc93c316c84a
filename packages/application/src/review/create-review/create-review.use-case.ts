import { Review, alreadyReviewed, reviewNotFound } from '@devgear/domain';
import type { ReviewView } from '../../ports/review-read-model.port';
import { visibleProduct, type ReviewDeps } from '../review.deps';

export interface CreateReviewInput {
  /** The product's id or slug. */
  product: string;
  authorId: string;
  rating: number;
  title: string;
  body: string;
}

/**
 * POST /products/{id}/reviews: one review per customer and product (409 for a second one, even
 * when two arrive at once). It is a verified purchase when the author has a paid order
 * containing the product at the time of writing. The product's rating changes in the same
 * transaction as the review is stored.
 */
export class CreateReviewUseCase {
  constructor(private readonly deps: ReviewDeps) {}

  /** Answers the stored review as readers see it (with the author's first name). */
  async execute(input: CreateReviewInput): Promise<ReviewView> {
    const product = await visibleProduct(this.deps.products, input.product);
    if (await this.deps.reviews.findByAuthor(product.id, input.authorId)) throw alreadyReviewed();
    const verifiedPurchase = await this.deps.purchases.hasBought(input.authorId, product.id);
    const review = Review.create(
      { id: this.deps.ids.next(), productId: product.id, authorId: input.authorId, rating: input.rating, title: input.title, body: input.body, verifiedPurchase },
      this.deps.clock.now(),
    );
    await this.deps.reviews.add(review);
    const view = await this.deps.read.get(review.id);
    if (!view) throw reviewNotFound(review.id);
    return view;
  }
}
