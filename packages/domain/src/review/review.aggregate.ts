import { DomainError } from '../shared/domain-error';
import { ValidationProblems, isWholeNumberBetween, requiredText } from '../shared/validation-problems';
import { NO_RATING_CHANGE, type RatingDelta } from './product-rating.value-object';
import { ReviewErrorCodes, ReviewLimits, isReviewStatus, type ReviewStatus, REVIEW_STATUSES } from './review.errors';

export interface CreateReviewProps {
  id: string;
  productId: string;
  authorId: string;
  /** Whole stars, 1..5. */
  rating: number;
  title: string;
  body: string;
  /** Decided by the caller at write time: the author has a paid order containing the product. */
  verifiedPurchase: boolean;
}

/** Plain data of a review, for repositories. */
export interface ReviewSnapshot {
  id: string;
  productId: string;
  authorId: string;
  rating: number;
  title: string;
  body: string;
  verifiedPurchase: boolean;
  status: ReviewStatus;
  helpfulCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A customer's review of a product: 1..5 stars, a title and a body. It counts towards the
 * product's rating while visible; a moderator may hide it (and show it again). Each change
 * answers the RatingDelta the product's rating must take in the same transaction.
 */
export class Review {
  private constructor(private state: ReviewSnapshot) {}

  static create(props: CreateReviewProps, now: Date): Review {
    const problems = new ValidationProblems(ReviewErrorCodes.INVALID);
    for (const field of ['id', 'productId', 'authorId'] as const) {
      if (typeof props?.[field] !== 'string' || props[field].trim() === '') problems.add(field, 'must be a non-empty id');
    }
    if (!isWholeNumberBetween(props?.rating, ReviewLimits.RATING_MIN, ReviewLimits.RATING_MAX)) {
      problems.add('rating', `must be a whole number of stars from ${ReviewLimits.RATING_MIN} to ${ReviewLimits.RATING_MAX}`);
    }
    const title = requiredText(problems, 'title', props?.title, ReviewLimits.TITLE_MAX);
    const body = requiredText(problems, 'body', props?.body, ReviewLimits.BODY_MAX);
    if (typeof props?.verifiedPurchase !== 'boolean') problems.add('verifiedPurchase', 'must be true or false');
    problems.throwIfAny('Invalid review');
    const at = new Date(now.getTime());
    return new Review({
      id: props.id,
      productId: props.productId,
      authorId: props.authorId,
      rating: props.rating,
      title: title as string,
      body: body as string,
      verifiedPurchase: props.verifiedPurchase,
      status: 'visible',
      helpfulCount: 0,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Rebuilds a stored review as it was: no rules re-checked. */
  static restore(snapshot: ReviewSnapshot): Review {
    return new Review({ ...snapshot, createdAt: new Date(snapshot.createdAt.getTime()), updatedAt: new Date(snapshot.updatedAt.getTime()) });
  }

  /** What this review adds to its product's rating now: its stars while visible, nothing while hidden. */
  get contribution(): RatingDelta {
    return this.state.status === 'visible' ? { count: 1, sum: this.state.rating } : NO_RATING_CHANGE;
  }

  /**
   * Hides or shows the review (moderation). Answers the change of the product's rating:
   * hiding a visible review takes its stars out, showing a hidden one puts them back, and
   * setting the current status changes nothing.
   */
  moderate(status: ReviewStatus, now: Date): RatingDelta {
    if (!isReviewStatus(status)) {
      throw new DomainError(ReviewErrorCodes.INVALID, `A review's status is one of ${REVIEW_STATUSES.join(', ')}`, 'validation', {
        status: [`must be one of ${REVIEW_STATUSES.join(', ')}`],
      });
    }
    if (status === this.state.status) return NO_RATING_CHANGE;
    const before = this.contribution;
    this.state = { ...this.state, status, updatedAt: new Date(now.getTime()) };
    const after = this.contribution;
    return { count: after.count - before.count, sum: after.sum - before.sum };
  }

  /** The change of the product's rating when this review is deleted. */
  removal(): RatingDelta {
    const { count, sum } = this.contribution;
    return count === 0 ? NO_RATING_CHANGE : { count: -count, sum: -sum };
  }

  /** "Was this helpful?": anyone signed in but the author, once (the store keeps one vote per voter). */
  assertCanBeVotedBy(voterId: string): void {
    if (voterId === this.state.authorId) {
      throw new DomainError(ReviewErrorCodes.OWN_REVIEW, 'You cannot vote for your own review', 'forbidden');
    }
  }

  get id(): string {
    return this.state.id;
  }
  get productId(): string {
    return this.state.productId;
  }
  get authorId(): string {
    return this.state.authorId;
  }
  get rating(): number {
    return this.state.rating;
  }
  get title(): string {
    return this.state.title;
  }
  get body(): string {
    return this.state.body;
  }
  get verifiedPurchase(): boolean {
    return this.state.verifiedPurchase;
  }
  get status(): ReviewStatus {
    return this.state.status;
  }
  get isVisible(): boolean {
    return this.state.status === 'visible';
  }
  get helpfulCount(): number {
    return this.state.helpfulCount;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  toSnapshot(): ReviewSnapshot {
    return { ...this.state, createdAt: new Date(this.state.createdAt.getTime()), updatedAt: new Date(this.state.updatedAt.getTime()) };
  }
}
