import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { minorDigits, minorToInputString, parseMajorToMinor } from '@/lib/money';
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

interface PriceForm {
  min: string;
  max: string;
}

const AMOUNT_MESSAGE = 'Enter a price like 49 or 49.99';

/** A bound: empty, or a price in major units (no zod here: it would weigh on the catalog's first download). */
function amountRule(digits: number) {
  return (value: string) => value.trim() === '' || parseMajorToMinor(value.trim(), digits) !== null || AMOUNT_MESSAGE;
}

/** The max bound also must not be below the min. */
function maxRule(digits: number) {
  return (value: string, values: PriceForm) => {
    const own = amountRule(digits)(value);
    if (own !== true) return own;
    const lo = parseMajorToMinor(values.min.trim(), digits);
    const hi = parseMajorToMinor(value.trim(), digits);
    return lo === null || hi === null || lo <= hi || 'Max must be at least min';
  };
}

/** Min/max price in major units (dollars), applied to the URL as integer minor units. */
export function PriceRangeFilter({ min, max, boundsMin, boundsMax, currency, onApply }: PriceRangeFilterProps) {
  const digits = minorDigits(currency);
  const minText = min === undefined ? '' : minorToInputString(min, digits);
  const maxText = max === undefined ? '' : minorToInputString(max, digits);
  const { register, handleSubmit, reset, formState, trigger } = useForm<PriceForm>({
    defaultValues: { min: minText, max: maxText },
  });

  // The URL is the source of truth: follow it when it changes (tag removed, back button).
  useEffect(() => {
    reset({ min: minText, max: maxText });
  }, [minText, maxText, reset]);

  const submit = handleSubmit((values) => {
    onApply({
      price_min: parseMajorToMinor(values.min.trim(), digits) ?? undefined,
      price_max: parseMajorToMinor(values.max.trim(), digits) ?? undefined,
    });
  });

  const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  const placeholderMin = boundsMin !== null ? minorToInputString(Math.floor(boundsMin / 10 ** digits) * 10 ** digits, digits) : 'Min';
  const placeholderMax = boundsMax !== null ? minorToInputString(Math.ceil(boundsMax / 10 ** digits) * 10 ** digits, digits) : 'Max';
  const error = formState.errors.min?.message ?? formState.errors.max?.message;

  const errorId = 'price-range-error';
  return (
    <form onSubmit={submit} noValidate aria-label="Price range" className="price-range">
      <div className="price-range__inputs">
        {(['min', 'max'] as const).map((name) => (
          <TextField
            key={name}
            {...register(name, {
              validate: name === 'min' ? amountRule(digits) : maxRule(digits),
              // A changed min re-checks "max must be at least min".
              onChange: name === 'min' && formState.isSubmitted ? () => void trigger('max') : undefined,
            })}
            label={name === 'min' ? 'Minimum price' : 'Maximum price'}
            hideLabel
            rowClassName="price-range__field"
            inputMode="decimal"
            prefix={symbol}
            placeholder={name === 'min' ? placeholderMin : placeholderMax}
            data-testid={`price-${name}`}
            aria-invalid={formState.errors[name] ? true : undefined}
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
