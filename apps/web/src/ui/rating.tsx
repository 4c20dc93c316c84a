import { useId, useState, type ReactNode } from 'react';
import { FieldMessages } from './field';
import { StarIcon } from './icons';

const STARS = [1, 2, 3, 4, 5] as const;

/** How much of star `star` (1-5) is filled for a rating `value`: 0, 0.5 or 1. */
export function starFill(value: number, star: number) {
  const rounded = Math.round(value * 2) / 2;
  if (rounded >= star) return 1;
  if (rounded >= star - 0.5) return 0.5;
  return 0;
}

/** Five stars showing a rating (halves rounded), read as "Rated 4.5 out of 5". */
export function Rating({ value, className, label }: { value: number; className?: string; label?: string }) {
  return (
    <span role="img" aria-label={label ?? `Rated ${Math.round(value * 10) / 10} out of 5`} className={`ui-rating${className ? ` ${className}` : ''}`}>
      {STARS.map((star) => {
        const fill = starFill(value, star);
        return (
          <span key={star} className={`ui-rating__star${fill === 1 ? ' is-full' : fill === 0.5 ? ' is-half' : ''}`} aria-hidden="true">
            <StarIcon />
            {fill === 0.5 && (
              <span className="ui-rating__half">
                <StarIcon />
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}

interface RatingInputProps {
  label: ReactNode;
  name: string;
  value: number | null | undefined;
  onChange: (value: number) => void;
  error?: ReactNode;
  help?: ReactNode;
  disabled?: boolean;
}

/**
 * Choosing 1-5 stars: five radios ("1 star" … "5 stars") drawn as stars, in a fieldset whose
 * legend is the label; arrow keys move, hovering previews.
 */
export function RatingInput({ label, name, value, onChange, error, help, disabled }: RatingInputProps) {
  const id = `r${useId()}`;
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={`ui-rating-input${error ? ' ui-field--error' : ''}`}
      aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="ui-field__label">{label}</legend>
      <span className="ui-rating-input__stars" onMouseLeave={() => setHover(null)}>
        {STARS.map((star) => (
          <label key={star} className={`ui-rating-input__star${star <= shown ? ' is-on' : ''}`} onMouseEnter={() => setHover(star)}>
            <input type="radio" className="sr-only" name={name} value={star} checked={value === star} onChange={() => onChange(star)} />
            <StarIcon />
            <span className="sr-only">{star === 1 ? '1 star' : `${star} stars`}</span>
          </label>
        ))}
      </span>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} name={name} />
    </fieldset>
  );
}
