import { createDiscountSchema, type CreateDiscountRequest, type DiscountDto, type MoneyDto, type UpdateDiscountRequest } from '@devgear/contracts';
import { z } from 'zod';
import { minorDigits, minorToInputString, parseMajorToMinor } from '@/lib/money';

/** The store's currency (the API's STORE_CURRENCY); discounts in money use it. */
export const STORE_CURRENCY = 'USD';

export type DiscountType = DiscountDto['type'];

/**
 * What the discount form edits. Amounts are typed in major units ("12.50"), the percentage as
 * typed ("15"); both live in `value`, the API's name, so its problems land on the field.
 * Dates are ISO instants or null; limits whole numbers or null (no limit).
 */
export interface DiscountFormValues {
  code: string;
  type: DiscountType;
  value: string;
  min_subtotal: string;
  starts_at: string | null;
  ends_at: string | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  active: boolean;
}

const { code, type, usage_limit, per_customer_limit } = createDiscountSchema.shape;

/** The form's rules: the contract's for code, type and limits, plus what a person can mistype. */
export function discountFormSchema(currency: string = STORE_CURRENCY) {
  const digits = minorDigits(currency);
  const amountHint = digits === 0 ? 'a whole amount like 50' : 'an amount like 12.50';
  return z
    .object({
      code,
      type,
      value: z.string(),
      min_subtotal: z.string(),
      starts_at: z.string().nullable(),
      ends_at: z.string().nullable(),
      usage_limit: usage_limit.unwrap(),
      per_customer_limit: per_customer_limit.unwrap(),
      active: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const value = v.value.trim();
      if (value === '') {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required' });
      } else if (v.type === 'percentage') {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100) {
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a whole number from 1 to 100' });
        }
      } else {
        const minor = parseMajorToMinor(value, digits);
        if (minor === null) ctx.addIssue({ code: 'custom', path: ['value'], message: `must be ${amountHint}` });
        else if (minor <= 0) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be more than 0' });
      }
      if (v.min_subtotal.trim() !== '' && parseMajorToMinor(v.min_subtotal, digits) === null) {
        ctx.addIssue({ code: 'custom', path: ['min_subtotal'], message: `must be ${amountHint}, or empty for none` });
      }
      if (v.starts_at && v.ends_at && Date.parse(v.ends_at) <= Date.parse(v.starts_at)) {
        ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'must be after the start' });
      }
    });
}

const money = (amount: number, currency: string): MoneyDto => ({ amount, currency });

export function discountFormValues(discount?: DiscountDto | null): DiscountFormValues {
  if (!discount) {
    return { code: '', type: 'percentage', value: '', min_subtotal: '', starts_at: null, ends_at: null, usage_limit: null, per_customer_limit: null, active: true };
  }
  const value = discount.value;
  return {
    code: discount.code,
    type: discount.type,
    value: typeof value === 'number' ? String(value) : minorToInputString(value.amount, minorDigits(value.currency)),
    min_subtotal: discount.min_subtotal ? minorToInputString(discount.min_subtotal.amount, minorDigits(discount.min_subtotal.currency)) : '',
    starts_at: discount.starts_at,
    ends_at: discount.ends_at,
    usage_limit: discount.usage_limit,
    per_customer_limit: discount.per_customer_limit,
    active: discount.active,
  };
}

/** The validated form as the API's body: money in minor units, empty optionals as null. */
export function discountToWire(values: DiscountFormValues, currency: string = STORE_CURRENCY): CreateDiscountRequest {
  const digits = minorDigits(currency);
  const minSubtotal = values.min_subtotal.trim() === '' ? null : parseMajorToMinor(values.min_subtotal, digits);
  return {
    code: values.code.trim().toUpperCase(),
    type: values.type,
    value: values.type === 'percentage' ? Number(values.value.trim()) : money(parseMajorToMinor(values.value, digits) ?? 0, currency),
    min_subtotal: minSubtotal === null ? null : money(minSubtotal, currency),
    starts_at: values.starts_at,
    ends_at: values.ends_at,
    usage_limit: values.usage_limit ?? null,
    per_customer_limit: values.per_customer_limit ?? null,
    active: values.active,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameInstant = (a: string | null | undefined, b: string | null | undefined) => (a && b ? Date.parse(a) === Date.parse(b) : !a && !b);

/**
 * The PATCH body of an edit: only what changed (the code compared regardless of case, as the
 * API does). The type and value travel together, since the API judges one by the other.
 */
export function discountChanges(before: DiscountDto, after: CreateDiscountRequest): UpdateDiscountRequest {
  const changes: UpdateDiscountRequest = {};
  if (after.code.toUpperCase() !== before.code.toUpperCase()) changes.code = after.code;
  if (after.type !== before.type || !same(after.value, before.value)) {
    changes.type = after.type;
    changes.value = after.value;
  }
  if (!same(after.min_subtotal, before.min_subtotal)) changes.min_subtotal = after.min_subtotal;
  if (!sameInstant(after.starts_at, before.starts_at)) changes.starts_at = after.starts_at;
  if (!sameInstant(after.ends_at, before.ends_at)) changes.ends_at = after.ends_at;
  if (!same(after.usage_limit, before.usage_limit)) changes.usage_limit = after.usage_limit;
  if (!same(after.per_customer_limit, before.per_customer_limit)) changes.per_customer_limit = after.per_customer_limit;
  if (after.active !== before.active) changes.active = after.active;
  return changes;
}
