import type { ProductDetailDto, ReviewSort } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Rate from 'antd/es/rate';
import Select from 'antd/es/select';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '@/hooks/use-session';
import { signInHref } from '@/lib/redirects';
import { queryError } from '@/lib/base-api';
import { useListReviewsQuery } from '../api/reviews-api';
import { ReviewForm } from './review-form';
import { ReviewItem } from './review-item';
import './reviews.css';

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
  const { data, error, isFetching, refetch } = useListReviewsQuery({ productId: product.id, sort, per_page: shown });
  const own = data?.meta.own_review ?? null;
  const { average, count } = product.rating;

  return (
    <section className="product-section product-reviews" aria-labelledby="reviews-title" data-testid="product-reviews">
      <div className="product-reviews__header">
        <Typography.Title level={2} id="reviews-title" style={{ fontSize: 20, margin: 0 }}>
          Reviews {count > 0 && <span className="product-reviews__count">({count})</span>}
        </Typography.Title>
        {count > 0 && (
          <span className="product-reviews__summary" data-testid="reviews-summary">
            <Rate disabled allowHalf value={Math.round(average * 2) / 2} /> <strong>{average.toFixed(1)}</strong> out of 5
          </span>
        )}
      </div>

      <div className="product-reviews__write">
        {!user ? (
          <Typography.Text>
            <Link to={signInHref(location)} data-testid="review-sign-in">
              Sign in
            </Link>{' '}
            to write a review.
          </Typography.Text>
        ) : own ? (
          <Alert
            type={own.status === 'hidden' ? 'warning' : 'success'}
            showIcon
            data-testid="own-review"
            title={own.status === 'hidden' ? 'Your review is hidden by our moderators.' : 'You reviewed this product. Thank you!'}
            description={
              <span>
                <Rate disabled value={own.rating} style={{ fontSize: 12 }} /> {own.title}
                {own.verified_purchase && (
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    Verified purchase
                  </Tag>
                )}
              </span>
            }
          />
        ) : data ? (
          <ReviewForm productId={product.id} productName={product.name} />
        ) : null}
      </div>

      {error && !data ? (
        <Alert type="warning" showIcon title="The reviews could not be loaded" description={queryError(error)?.message} action={<Button size="small" onClick={() => refetch()}>Try again</Button>} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : data.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No reviews yet. Be the first to share what you think." data-testid="reviews-empty" />
      ) : (
        <>
          <div className="product-reviews__toolbar">
            <Select<ReviewSort>
              value={sort}
              options={SORTS}
              onChange={(value) => {
                setSort(value);
                setShown(PER_PAGE);
              }}
              style={{ width: 170 }}
              aria-label="Sort reviews"
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
