import { useEffect, useState, type FormEvent } from 'react';
import { currencySymbol, minorDigits, minorToInputString, parseMajorToMinor } from '@/lib/money';
import { Button, TextField } from '@/ui';

interface PriceRangeFilterProps {
  /** Current bounds in minor units (from the URL). */
  min: number | undefined;
  max: number | undefined;
  /** The price span of the current results (facets), for the placeholders. */
  boundsMin: number | null;
  boundsMax: number | null;
  currency: string;
  onApply: (range: { price_min: number | undefined; price_max: number | undefined }) => void;
}

type Bound = 'min' | 'max';

const AMOUNT_MESSAGE = 'Enter a price like 49 or 49.99';

/**
 * What is wrong with the typed bounds, per field (none: both empty or prices, min <= max). No
 * form library or zod here: they would weigh on the catalog's first download.
 */
export function priceRangeErrors(values: Record<Bound, string>, digits: number): Partial<Record<Bound, string>> {
  const errors: Partial<Record<Bound, string>> = {};
  const parsed = { min: null as number | null, max: null as number | null };
  for (const bound of ['min', 'max'] as const) {
    const text = values[bound].trim();
    if (text === '') continue;
    parsed[bound] = parseMajorToMinor(text, digits);
    if (parsed[bound] === null) errors[bound] = AMOUNT_MESSAGE;
  }
  if (!errors.min && !errors.max && parsed.min !== null && parsed.max !== null && parsed.min > parsed.max) errors.max = 'Max must be at least min';
  return errors;
}

/** Min/max price in major units (dollars), applied to the URL as integer minor units. */
export function PriceRangeFilter({ min, max, boundsMin, boundsMax, currency, onApply }: PriceRangeFilterProps) {
  const digits = minorDigits(currency);
  const minText = min === undefined ? '' : minorToInputString(min, digits);
  const maxText = max === undefined ? '' : minorToInputString(max, digits);
  const [values, setValues] = useState({ min: minText, max: maxText });
  const [submitted, setSubmitted] = useState(false);

  // The URL is the source of truth: follow it when it changes (tag removed, back button).
  useEffect(() => {
    setValues({ min: minText, max: maxText });
    setSubmitted(false);
  }, [minText, maxText]);

  // Checked on Apply, then again on every keystroke until it is right.
  const errors = submitted ? priceRangeErrors(values, digits) : {};
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(priceRangeErrors(values, digits)).length > 0) return;
    onApply({
      price_min: parseMajorToMinor(values.min.trim(), digits) ?? undefined,
      price_max: parseMajorToMinor(values.max.trim(), digits) ?? undefined,
    });
  };

  const symbol = currencySymbol(currency);
  const placeholderMin = boundsMin !== null ? minorToInputString(Math.floor(boundsMin / 10 ** digits) * 10 ** digits, digits) : 'Min';
  const placeholderMax = boundsMax !== null ? minorToInputString(Math.ceil(boundsMax / 10 ** digits) * 10 ** digits, digits) : 'Max';
  const error = errors.min ?? errors.max;

  const errorId = 'price-range-error';
  return (
    <form onSubmit={submit} noValidate aria-label="Price range" className="price-range">
      <div className="price-range__inputs">
        {(['min', 'max'] as const).map((name) => (
          <TextField
            key={name}
            name={name}
            value={values[name]}
            onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
            label={name === 'min' ? 'Minimum price' : 'Maximum price'}
            hideLabel
            rowClassName="price-range__field"
            inputMode="decimal"
            prefix={symbol}
            placeholder={name === 'min' ? placeholderMin : placeholderMax}
            data-testid={`price-${name}`}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        ))}
      </div>
      {error && (
        <p id={errorId} className="price-range__error" role="alert">
          {error}
        </p>
      )}
      <div className="price-range__actions">
        <Button type="submit" size="small" data-testid="price-apply">
          Apply
        </Button>
        {(min !== undefined || max !== undefined) && (
          <Button variant="link" size="small" onClick={() => onApply({ price_min: undefined, price_max: undefined })}>
            Clear price
          </Button>
        )}
      </div>
    </form>
  );
}
