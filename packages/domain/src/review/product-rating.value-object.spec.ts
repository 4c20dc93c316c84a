import { DomainError } from '../shared/domain-error';
import { ProductRating } from './product-rating.value-object';
import { Review } from './review.aggregate';

const T0 = new Date('2026-03-01T00:00:00.000Z');
let n = 0;
const review = (rating: number) => Review.create({ id: `r-${(n += 1)}`, productId: 'p-1', authorId: `u-${n}`, rating, title: 'Solid', body: 'Does the job.', verifiedPurchase: false }, T0);

describe('ProductRating', () => {
  it('has no average without reviews', () => {
    expect(ProductRating.NONE.toJSON()).toEqual({ average: 0, count: 0 });
  });

  it.each([
    [[5], 5],
    [[4, 5], 4.5],
    [[5, 4, 4], 4.33], // 4.333...
    [[5, 5, 4], 4.67], // 4.666... rounds up
    [[1, 2, 2, 2, 2, 2, 2, 2], 1.88], // 1.875 rounds half-up, not to even
    [[3, 4, 4, 4, 4, 4, 4, 4], 3.88], // 3.875
    [[1, 1, 1], 1],
  ])('averages %p to %p (two decimals, half-up)', (stars, average) => {
    expect(ProductRating.ofStars(stars).average).toBe(average);
  });

  it('follows create, hide, show and delete of reviews exactly, by deltas', () => {
    const a = review(5);
    const b = review(2);
    const c = review(4);
    let rating = ProductRating.NONE;
    for (const r of [a, b, c]) rating = rating.apply(r.contribution);
    expect(rating.toJSON()).toEqual({ average: 3.67, count: 3 });

    rating = rating.apply(b.moderate('hidden', T0)); // 5 and 4 are left
    expect(rating.toJSON()).toEqual({ average: 4.5, count: 2 });
    rating = rating.apply(b.moderate('hidden', T0)); // hiding twice changes nothing
    expect(rating.toJSON()).toEqual({ average: 4.5, count: 2 });

    rating = rating.apply(b.removal()); // deleting a hidden review changes nothing
    expect(rating.toJSON()).toEqual({ average: 4.5, count: 2 });

    rating = rating.apply(a.removal()); // deleting a visible one takes its stars out
    expect(rating.toJSON()).toEqual({ average: 4, count: 1 });

    rating = rating.apply(c.moderate('hidden', T0));
    expect(rating.toJSON()).toEqual({ average: 0, count: 0 });
    rating = rating.apply(c.moderate('visible', T0));
    expect(rating.toJSON()).toEqual({ average: 4, count: 1 });
    expect(rating.equals(ProductRating.ofStars([4]))).toBe(true);
  });

  it('always equals a recount of the visible reviews, whatever the order of changes', () => {
    const reviews = [5, 1, 3, 4, 4, 2, 5, 5].map(review);
    let rating = ProductRating.NONE;
    for (const r of reviews) rating = rating.apply(r.contribution);
    const deleted = new Set<Review>();
    const steps: [number, 'hide' | 'show' | 'delete'][] = [[1, 'hide'], [3, 'delete'], [1, 'show'], [6, 'hide'], [6, 'delete'], [0, 'hide']];
    for (const [i, step] of steps) {
      const r = reviews[i];
      rating = rating.apply(step === 'delete' ? r.removal() : r.moderate(step === 'hide' ? 'hidden' : 'visible', T0));
      if (step === 'delete') deleted.add(r);
      const recount = ProductRating.ofStars(reviews.filter((x) => !deleted.has(x) && x.isVisible).map((x) => x.rating));
      expect(rating.toJSON()).toEqual(recount.toJSON());
    }
  });

  it('refuses an impossible rating (a bug, never user input)', () => {
    for (const [count, sum] of [[-1, 0], [1, 6], [2, 1], [1.5, 3]]) {
      const error = (() => {
        try {
          ProductRating.of(count, sum);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('REVIEW.RATING_OUT_OF_RANGE');
    }
    expect(() => ProductRating.NONE.apply({ count: -1, sum: -5 })).toThrow(DomainError);
  });
});
