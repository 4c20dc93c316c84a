import { DomainError } from '../shared/domain-error';
import { ReviewErrorCodes, ReviewLimits } from './review.errors';

/**
 * What one review change does to its product's rating: how many visible reviews it adds
 * (-1, 0 or 1) and how many stars. Applying deltas (rather than recounting) keeps the rating
 * exact under concurrency when the store adds them in one atomic update per change.
 */
export interface RatingDelta {
  count: number;
  sum: number;
}

export const NO_RATING_CHANGE: RatingDelta = Object.freeze({ count: 0, sum: 0 });

/**
 * A product's rating over its visible reviews: their number and the sum of their stars.
 * `average` is the mean rounded half-up to 2 decimals (0 without reviews), the number the
 * catalog shows and sorts by.
 */
export class ProductRating {
  private constructor(
    readonly count: number,
    readonly sum: number,
  ) {
    Object.freeze(this);
  }

  static readonly NONE = new ProductRating(0, 0);

  /** Checks that `sum` is possible for `count` reviews of 1..5 stars. */
  static of(count: number, sum: number): ProductRating {
    const possible =
      Number.isSafeInteger(count) &&
      Number.isSafeInteger(sum) &&
      count >= 0 &&
      sum >= count * ReviewLimits.RATING_MIN &&
      sum <= count * ReviewLimits.RATING_MAX;
    if (!possible) {
      throw new DomainError(ReviewErrorCodes.RATING_OUT_OF_RANGE, `A rating of ${String(sum)} stars over ${String(count)} reviews is impossible`, 'invalid_state');
    }
    return new ProductRating(count, sum);
  }

  /** The rating of a list of visible reviews' stars. */
  static ofStars(stars: readonly number[]): ProductRating {
    return ProductRating.of(stars.length, stars.reduce((total, s) => total + s, 0));
  }

  get average(): number {
    if (this.count === 0) return 0;
    // Integer maths: round(sum * 100 / count) half-up, then back to 2 decimals.
    return Math.floor((this.sum * 200 + this.count) / (2 * this.count)) / 100;
  }

  apply(delta: RatingDelta): ProductRating {
    return ProductRating.of(this.count + delta.count, this.sum + delta.sum);
  }

  equals(other: ProductRating): boolean {
    return this.count === other.count && this.sum === other.sum;
  }

  toJSON(): { average: number; count: number } {
    return { average: this.average, count: this.count };
  }
}
