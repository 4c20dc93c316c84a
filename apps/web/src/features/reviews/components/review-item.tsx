import type { ReviewDto } from '@devgear/contracts';
import { useState } from 'react';
import { formatDate } from '@/lib/dates';
import { toApiError } from '@/lib/form-errors';
import { Button, CheckCircleIcon, Rating, Tag, toast } from '@/ui';
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

  const helpful = async () => {
    try {
      await vote({ reviewId: review.id, productId }).unwrap();
      setVoted(true);
    } catch (raw) {
      toast.error(toApiError(raw).message);
    }
  };

  return (
    <article className="review" data-testid="review" data-review-id={review.id}>
      <div className="review__head">
        <Rating value={review.rating} className="review__stars" label={`${review.rating} out of 5 stars`} />
        <strong className="review__title" data-testid="review-item-title">
          {review.title}
        </strong>
      </div>
      <div className="review__meta">
        <span className="text-secondary">
          {review.author.first_name} · <time dateTime={review.created_at}>{formatDate(review.created_at)}</time>
        </span>
        {review.verified_purchase && (
          <Tag color="green" icon={<CheckCircleIcon />} data-testid="verified-purchase">
            Verified purchase
          </Tag>
        )}
      </div>
      <p className="review__body">{review.body}</p>
      <div className="review__foot">
        {canVote ? (
          <Button size="small" loading={isLoading} disabled={voted} onClick={() => void helpful()} data-testid="review-helpful">
            {voted ? 'Thanks for your vote' : 'Helpful'}
            {review.helpful_count > 0 ? ` (${review.helpful_count})` : ''}
          </Button>
        ) : (
          review.helpful_count > 0 && (
            <span className="text-secondary">
              {review.helpful_count} {review.helpful_count === 1 ? 'person' : 'people'} found this helpful
            </span>
          )
        )}
      </div>
    </article>
  );
}
