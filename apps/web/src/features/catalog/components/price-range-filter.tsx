import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'antd/es/button';
import InputNumber from 'antd/es/input-number';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { minorDigits, minorToInputString, parseMajorToMinor } from '@/lib/money';

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

function buildSchema(digits: number) {
  const amount = z
    .string()
    .trim()
    .refine((s) => s === '' || parseMajorToMinor(s, digits) !== null, 'Enter a price like 49 or 49.99');
  return z
    .object({ min: amount, max: amount })
    .refine(
      (v) => {
        const lo = parseMajorToMinor(v.min, digits);
        const hi = parseMajorToMinor(v.max, digits);
        return lo === null || hi === null || lo <= hi;
      },
      { path: ['max'], message: 'Max must be at least min' },
    );
}
type PriceForm = z.infer<ReturnType<typeof buildSchema>>;

/** Min/max price in major units (dollars), applied to the URL as integer minor units. */
export function PriceRangeFilter({ min, max, boundsMin, boundsMax, currency, onApply }: PriceRangeFilterProps) {
  const digits = minorDigits(currency);
  const minText = min === undefined ? '' : minorToInputString(min, digits);
  const maxText = max === undefined ? '' : minorToInputString(max, digits);
  const { control, handleSubmit, reset, formState } = useForm<PriceForm>({
    resolver: zodResolver(buildSchema(digits)),
    defaultValues: { min: minText, max: maxText },
  });

  // The URL is the source of truth: follow it when it changes (tag removed, back button).
  useEffect(() => {
    reset({ min: minText, max: maxText });
  }, [minText, maxText, reset]);

  const submit = handleSubmit((values) => {
    onApply({
      price_min: parseMajorToMinor(values.min, digits) ?? undefined,
      price_max: parseMajorToMinor(values.max, digits) ?? undefined,
    });
  });

  const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  const placeholderMin = boundsMin !== null ? minorToInputString(Math.floor(boundsMin / 10 ** digits) * 10 ** digits, digits) : 'Min';
  const placeholderMax = boundsMax !== null ? minorToInputString(Math.ceil(boundsMax / 10 ** digits) * 10 ** digits, digits) : 'Max';
  const error = formState.errors.min?.message ?? formState.errors.max?.message;

  return (
    <form onSubmit={submit} noValidate aria-label="Price range">
      <Space.Compact block>
        {(['min', 'max'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <InputNumber<string>
                stringMode
                min="0"
                step="1"
                prefix={symbol}
                placeholder={name === 'min' ? placeholderMin : placeholderMax}
                aria-label={name === 'min' ? 'Minimum price' : 'Maximum price'}
                data-testid={`price-${name}`}
                status={formState.errors[name] ? 'error' : undefined}
                value={field.value === '' ? null : field.value}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                style={{ width: '50%' }}
              />
            )}
          />
        ))}
      </Space.Compact>
      {error && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
      <Space style={{ marginTop: 8 }}>
        <Button htmlType="submit" type="primary" ghost size="small" data-testid="price-apply">
          Apply
        </Button>
        {(min !== undefined || max !== undefined) && (
          <Button type="link" size="small" onClick={() => onApply({ price_min: undefined, price_max: undefined })}>
            Clear price
          </Button>
        )}
      </Space>
    </form>
  );
}
