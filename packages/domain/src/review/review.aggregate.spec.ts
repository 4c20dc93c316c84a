import { DomainError } from '../shared/domain-error';
import { Review, type CreateReviewProps } from './review.aggregate';

const T0 = new Date('2026-03-01T00:00:00.000Z');
const T1 = new Date('2026-03-02T00:00:00.000Z');

const props = (overrides: Partial<CreateReviewProps> = {}): CreateReviewProps => ({
  id: 'r-1',
  productId: 'p-1',
  authorId: 'u-1',
  rating: 4,
  title: '  Great switches  ',
  body: 'Typing on it all day, my wrists are happy.',
  verifiedPurchase: true,
  ...overrides,
});

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('Review.create', () => {
  it('starts visible, trimmed, with no helpful votes, counting its stars', () => {
    const review = Review.create(props(), T0);
    expect(review.toSnapshot()).toEqual({
      id: 'r-1',
      productId: 'p-1',
      authorId: 'u-1',
      rating: 4,
      title: 'Great switches',
      body: 'Typing on it all day, my wrists are happy.',
      verifiedPurchase: true,
      status: 'visible',
      helpfulCount: 0,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(review.contribution).toEqual({ count: 1, sum: 4 });
  });

  it.each([0, 6, 3.5, -1, Number.NaN, '5' as unknown as number])('refuses the rating %p', (rating) => {
    const error = errorOf(() => Review.create(props({ rating }), T0));
    expect(error.code).toBe('REVIEW.INVALID');
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ rating: ['must be a whole number of stars from 1 to 5'] });
  });

  it('reports every broken rule at once, by field', () => {
    const error = errorOf(() => Review.create(props({ rating: 9, title: '   ', body: 'x'.repeat(5001), productId: '' }), T0));
    expect(error.details).toEqual({
      productId: ['must be a non-empty id'],
      rating: ['must be a whole number of stars from 1 to 5'],
      title: ['must not be blank'],
      body: ['must be at most 5000 characters'],
    });
  });

  it('accepts the longest title and body, counted in characters (not UTF-16 units)', () => {
    const review = Review.create(props({ title: '🙂'.repeat(120), body: 'é'.repeat(5000) }), T0);
    expect(review.title).toHaveLength(240);
    expect(errorOf(() => Review.create(props({ title: 'a'.repeat(121) }), T0)).details).toEqual({ title: ['must be at most 120 characters'] });
  });
});

describe('Review moderation', () => {
  it('hiding takes the stars out of the rating, showing puts them back, the same status changes nothing', () => {
    const review = Review.create(props({ rating: 5 }), T0);
    expect(review.moderate('visible', T1)).toEqual({ count: 0, sum: 0 });
    expect(review.updatedAt).toEqual(T0);
    expect(review.moderate('hidden', T1)).toEqual({ count: -1, sum: -5 });
    expect(review.status).toBe('hidden');
    expect(review.isVisible).toBe(false);
    expect(review.updatedAt).toEqual(T1);
    expect(review.contribution).toEqual({ count: 0, sum: 0 });
    expect(review.moderate('hidden', T1)).toEqual({ count: 0, sum: 0 });
    expect(review.moderate('visible', T1)).toEqual({ count: 1, sum: 5 });
  });

  it('refuses an unknown status', () => {
    const error = errorOf(() => Review.create(props(), T0).moderate('deleted' as never, T1));
    expect(error.details).toEqual({ status: ['must be one of visible, hidden'] });
  });

  it('deleting takes a visible review out of the rating, a hidden one was out already', () => {
    const visible = Review.create(props({ rating: 3 }), T0);
    expect(visible.removal()).toEqual({ count: -1, sum: -3 });
    const hidden = Review.create(props({ rating: 3 }), T0);
    hidden.moderate('hidden', T1);
    expect(hidden.removal()).toEqual({ count: 0, sum: 0 });
  });
});

describe('helpful votes', () => {
  it('anyone but the author may vote', () => {
    const review = Review.create(props(), T0);
    expect(() => review.assertCanBeVotedBy('u-2')).not.toThrow();
    const error = errorOf(() => review.assertCanBeVotedBy('u-1'));
    expect([error.code, error.kind]).toEqual(['REVIEW.OWN_REVIEW', 'forbidden']);
  });
});

describe('Review.restore', () => {
  it('rebuilds the stored review as it was', () => {
    const snapshot = { ...Review.create(props(), T0).toSnapshot(), status: 'hidden' as const, helpfulCount: 7 };
    const review = Review.restore(snapshot);
    expect(review.toSnapshot()).toEqual(snapshot);
    expect(structuredClone(snapshot)).toEqual(snapshot);
  });
});
