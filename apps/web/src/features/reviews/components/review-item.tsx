import { CheckCircleFilled, LikeOutlined } from '@ant-design/icons';
import type { ReviewDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Rate from 'antd/es/rate';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { formatDate } from '@/lib/dates';
import { toApiError } from '@/lib/form-errors';
import { useVoteHelpfulMutation } from '../api/reviews-api';

interface ReviewItemProps {
  review: ReviewDto;
  productId: string;
  /** Signed in and not the author: may say it was helpful. */
  canVote: boolean;
}

/** One review: stars, title, "Verified purchase", the text, its author and date, and "Helpful". */
export function ReviewItem({ review, productId, canVote }: ReviewItemProps) {
  const [vote, { isLoading }] = useVoteHelpfulMutation();
  const [voted, setVoted] = useState(false);
  const { message } = App.useApp();

  const helpful = async () => {
    try {
      await vote({ reviewId: review.id, productId }).unwrap();
      setVoted(true);
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };

  return (
    <article className="review" data-testid="review" data-review-id={review.id}>
      <div className="review__head">
        <Rate disabled value={review.rating} className="review__stars" aria-label={`${review.rating} out of 5 stars`} />
        <Typography.Text strong className="review__title" data-testid="review-item-title">
          {review.title}
        </Typography.Text>
      </div>
      <div className="review__meta">
        <Typography.Text type="secondary">
          {review.author.first_name} · <time dateTime={review.created_at}>{formatDate(review.created_at)}</time>
        </Typography.Text>
        {review.verified_purchase && (
          <Tag color="green" icon={<CheckCircleFilled />} data-testid="verified-purchase">
            Verified purchase
          </Tag>
        )}
      </div>
      <Typography.Paragraph className="review__body">{review.body}</Typography.Paragraph>
      <div className="review__foot">
        {canVote ? (
          <Button size="small" icon={<LikeOutlined />} loading={isLoading} disabled={voted} onClick={() => void helpful()} data-testid="review-helpful">
            {voted ? 'Thanks for your vote' : 'Helpful'}
            {review.helpful_count > 0 ? ` (${review.helpful_count})` : ''}
          </Button>
        ) : (
          review.helpful_count > 0 && (
            <Typography.Text type="secondary">
              {review.helpful_count} {review.helpful_count === 1 ? 'person' : 'people'} found this helpful
            </Typography.Text>
          )
        )}
      </div>
    </article>
  );
}
