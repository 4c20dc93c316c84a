import Rate from 'antd/es/rate';
import Typography from 'antd/es/typography';

interface ProductRatingProps {
  average: number;
  count: number;
  /** Show "(12 reviews)" instead of just "(12)". */
  long?: boolean;
}

/** Stars (to the half) plus the number of reviews; "No reviews yet" when there are none. */
export function ProductRating({ average, count, long = false }: ProductRatingProps) {
  if (count === 0) {
    return (
      <Typography.Text type="secondary" className="rating">
        No reviews yet
      </Typography.Text>
    );
  }
  const rounded = Math.round(average * 2) / 2;
  const label = `Rated ${average.toFixed(1)} out of 5 from ${count} ${count === 1 ? 'review' : 'reviews'}`;
  return (
    <span className="rating" role="img" aria-label={label} title={label}>
      <Rate disabled allowHalf value={rounded} />
      <Typography.Text type="secondary">
        {average.toFixed(1)} ({count}
        {long ? (count === 1 ? ' review' : ' reviews') : ''})
      </Typography.Text>
    </span>
  );
}
