import { Rating } from '@/ui';

interface ProductRatingProps {
  average: number;
  count: number;
  /** Show "(12 reviews)" instead of just "(12)". */
  long?: boolean;
}

/** Stars (to the half) plus the number of reviews; "No reviews yet" when there are none. */
export function ProductRating({ average, count, long = false }: ProductRatingProps) {
  if (count === 0) return <span className="rating text-secondary">No reviews yet</span>;
  const label = `Rated ${average.toFixed(1)} out of 5 from ${count} ${count === 1 ? 'review' : 'reviews'}`;
  return (
    <span className="rating" title={label}>
      <Rating value={average} label={label} />
      <span className="text-secondary" aria-hidden="true">
        {average.toFixed(1)} ({count}
        {long ? (count === 1 ? ' review' : ' reviews') : ''})
      </span>
    </span>
  );
}
