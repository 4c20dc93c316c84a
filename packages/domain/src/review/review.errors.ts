import { DomainError } from '../shared/domain-error';

/** Stable error codes of the review context. */
export const ReviewErrorCodes = {
  /** A review breaks a rule (rating, title, body): 400. */
  INVALID: 'REVIEW.INVALID',
  /** The customer already reviewed this product: 409. */
  ALREADY_REVIEWED: 'REVIEW.ALREADY_REVIEWED',
  /** No such review (or one the caller may not see): 404. */
  NOT_FOUND: 'REVIEW.NOT_FOUND',
  /** An author voting for their own review: 403. */
  OWN_REVIEW: 'REVIEW.OWN_REVIEW',
  /** The review changed (moderated, deleted) between loading and saving: load again, decide again. */
  CONCURRENT_UPDATE: 'REVIEW.CONCURRENT_UPDATE',
  /** A rating aggregate that would leave its possible range (a bug, never user input). */
  RATING_OUT_OF_RANGE: 'REVIEW.RATING_OUT_OF_RANGE',
} as const;

export type ReviewErrorCode = (typeof ReviewErrorCodes)[keyof typeof ReviewErrorCodes];

export const ReviewLimits = {
  RATING_MIN: 1,
  RATING_MAX: 5,
  TITLE_MAX: 120,
  BODY_MAX: 5000,
} as const;

export const REVIEW_STATUSES = ['visible', 'hidden'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);
}

export function reviewNotFound(id: string): DomainError {
  return new DomainError(ReviewErrorCodes.NOT_FOUND, `Review ${String(id)} not found`, 'not_found');
}

/** 409 for a second review of one product by one customer (also what a lost insert race gets). */
export function alreadyReviewed(): DomainError {
  return new DomainError(ReviewErrorCodes.ALREADY_REVIEWED, 'You have already reviewed this product', 'conflict', {
    product_id: ['already has your review'],
  });
}

/** A moderation or deletion that lost a race with another one (the use case retries). */
export function reviewChangedMeanwhile(id: string): DomainError {
  return new DomainError(ReviewErrorCodes.CONCURRENT_UPDATE, `Review ${id} was changed meanwhile`, 'conflict');
}
