import type { ProductDetailDto, ReviewSort } from '@devgear/contracts';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '@/hooks/use-session';
import { signInHref } from '@/lib/redirects';
import { queryError } from '@/lib/base-api';
import { Alert, Button, Empty, Rating, Select, Skeleton, Tag } from '@/ui';
import { useListReviewsQuery } from '../api/reviews-api';
import { ReviewItem } from './review-item';
import './reviews.css';
import { useSectionResult } from '@/hooks/use-section-result';

/** The form (and its validation: zod, the contracts' schemas) loads only for a customer who can write a review. */
const ReviewForm = lazy(() => import('./review-form').then((m) => ({ default: m.ReviewForm })));

const SORTS: { value: ReviewSort; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'helpful', label: 'Most helpful' },
  { value: 'rating_desc', label: 'Highest rated' },
  { value: 'rating_asc', label: 'Lowest rated' },
];
const PER_PAGE = 5;

/**
 * The product page's reviews: the rating, the reviews (sorted, "Show more"), and a form to
 * write one, or the reader's own review when there is one.
 */
export default function ProductReviews({ product }: { product: Pick<ProductDetailDto, 'id' | 'name' | 'rating'> }) {
  const user = useCurrentUser();
  const location = useLocation();
  const [sort, setSort] = useState<ReviewSort>('newest');
  const [shown, setShown] = useState(PER_PAGE);
  const { data, error, isFetching, refetch } = useSectionResult(useListReviewsQuery({ productId: product.id, sort, per_page: shown }));
  const own = data?.meta.own_review ?? null;
  const { average, count } = product.rating;

  return (
    <section className="product-section product-reviews" aria-labelledby="reviews-title" data-testid="product-reviews">
      <div className="product-reviews__header">
        <h2 id="reviews-title" className="section-title">
          Reviews {count > 0 && <span className="product-reviews__count">({count})</span>}
        </h2>
        {count > 0 && (
          <span className="product-reviews__summary" data-testid="reviews-summary">
            <Rating value={average} /> <strong>{average.toFixed(1)}</strong> out of 5
          </span>
        )}
      </div>

      <div className="product-reviews__write">
        {!user ? (
          <p>
            <Link to={signInHref(location)} data-testid="review-sign-in">
              Sign in
            </Link>{' '}
            to write a review.
          </p>
        ) : own ? (
          <Alert
            type={own.status === 'hidden' ? 'warning' : 'success'}
            data-testid="own-review"
            title={own.status === 'hidden' ? 'Your review is hidden by our moderators.' : 'You reviewed this product. Thank you!'}
            description={
              <span>
                <Rating value={own.rating} /> {own.title}
                {own.verified_purchase && (
                  <Tag color="green" className="own-review__verified">
                    Verified purchase
                  </Tag>
                )}
              </span>
            }
          />
        ) : data ? (
          <Suspense fallback={<Skeleton lines={2} label="Loading the review form" />}>
            <ReviewForm productId={product.id} productName={product.name} />
          </Suspense>
        ) : null}
      </div>

      {error && !data ? (
        <Alert type="warning" title="The reviews could not be loaded" description={queryError(error)?.message} action={<Button size="small" onClick={() => refetch()}>Try again</Button>} />
      ) : !data ? (
        <Skeleton lines={3} label="Loading the reviews" />
      ) : data.data.length === 0 ? (
        <div data-testid="reviews-empty">
          <Empty description="No reviews yet. Be the first to share what you think." />
        </div>
      ) : (
        <>
          <div className="product-reviews__toolbar">
            <Select
              label="Sort reviews"
              hideLabel
              value={sort}
              options={SORTS}
              onChange={(event) => {
                setSort(event.target.value as ReviewSort);
                setShown(PER_PAGE);
              }}
              data-testid="reviews-sort"
            />
          </div>
          <div className="product-reviews__list" data-testid="reviews-list">
            {data.data.map((review) => (
              <ReviewItem key={review.id} review={review} productId={product.id} canVote={Boolean(user) && review.id !== own?.id} />
            ))}
          </div>
          {data.meta.has_next && (
            <Button onClick={() => setShown((n) => n + PER_PAGE * 2)} loading={isFetching} data-testid="reviews-more">
              Show more reviews
            </Button>
          )}
        </>
      )}
    </section>
  );
}
