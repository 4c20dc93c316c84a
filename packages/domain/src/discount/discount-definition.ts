import { Money } from '../shared/money.value-object';
import { isWholeNumberBetween, type ValidationProblems } from '../shared/validation-problems';
import { DiscountLimits } from './discount.errors';

/**
 * What an admin defines of a discount (code, type and value, minimum subtotal, validity window,
 * usage limits, active), parsed with every problem reported at once. The Discount aggregate
 * builds on it.
 */
export const DISCOUNT_TYPES = ['percentage', 'fixed'] as const;
export type DiscountType = (typeof DISCOUNT_TYPES)[number];


/** What an admin defines. Optional fields accept undefined or null (none). */
export interface DiscountFields {
  /** Any case; stored upper-case. 3..32 characters of A-Z, 0-9, '_' and '-'. */
  code: string;
  type: DiscountType;
  /** percentage: a whole number 1..100; fixed: a positive Money amount. */
  value: number | Money;
  /** The discount applies only from this subtotal (before discount) on. */
  minSubtotal?: Money | null;
  /** Valid from this instant (inclusive). */
  startsAt?: Date | null;
  /** Valid until this instant (exclusive). */
  endsAt?: Date | null;
  /** How many orders may use the code in total. */
  usageLimit?: number | null;
  /** How many orders one customer may use the code for. */
  perCustomerLimit?: number | null;
  /** false pauses the code without deleting it; true unless given. */
  active?: boolean;
}

const CODE_PATTERN = /^[A-Z0-9_-]+$/;

/** Codes are case-insensitive: stored and compared upper-case, without surrounding spaces. */
export function normalizeDiscountCode(raw: string): string {
  return typeof raw === 'string' ? raw.trim().toUpperCase() : '';
}

export interface DiscountDefinition {
  code: string;
  type: DiscountType;
  percentOff: number | null;
  amountOff: Money | null;
  minSubtotal: Money | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  active: boolean;
}


export function parseDefinition(input: DiscountFields, problems: ValidationProblems): DiscountDefinition | undefined {
  const start = problems.count;

  let code: string | undefined;
  if (typeof input.code !== 'string' || input.code.trim() === '') {
    problems.add('code', 'must not be blank');
  } else {
    code = normalizeDiscountCode(input.code);
    if (code.length < DiscountLimits.CODE_MIN || code.length > DiscountLimits.CODE_MAX) {
      problems.add('code', `must be ${DiscountLimits.CODE_MIN} to ${DiscountLimits.CODE_MAX} characters long`);
    } else if (!CODE_PATTERN.test(code)) {
      problems.add('code', "must contain only letters, digits, '_' and '-'");
    }
  }

  const type = input.type;
  let percentOff: number | null = null;
  let amountOff: Money | null = null;
  if (!DISCOUNT_TYPES.includes(type)) {
    problems.add('type', `must be one of ${DISCOUNT_TYPES.join(', ')}`);
  } else if (type === 'percentage') {
    if (!isWholeNumberBetween(input.value, DiscountLimits.PERCENTAGE_MIN, DiscountLimits.PERCENTAGE_MAX)) {
      problems.add('value', `must be a whole number from ${DiscountLimits.PERCENTAGE_MIN} to ${DiscountLimits.PERCENTAGE_MAX} for a percentage discount`);
    } else {
      percentOff = input.value as number;
    }
  } else if (!(input.value instanceof Money)) {
    problems.add('value', 'must be a money amount for a fixed discount');
  } else if (!input.value.isPositive() || input.value.amount > DiscountLimits.AMOUNT_MAX) {
    problems.add('value', `must be from 1 to ${DiscountLimits.AMOUNT_MAX} minor units`);
  } else {
    amountOff = input.value;
  }

  let minSubtotal: Money | null = null;
  if (input.minSubtotal !== undefined && input.minSubtotal !== null) {
    if (!(input.minSubtotal instanceof Money)) {
      problems.add('minSubtotal', 'must be a money amount');
    } else if (input.minSubtotal.isNegative() || input.minSubtotal.amount > DiscountLimits.AMOUNT_MAX) {
      problems.add('minSubtotal', `must be from 0 to ${DiscountLimits.AMOUNT_MAX} minor units`);
    } else if (amountOff && amountOff.currency !== input.minSubtotal.currency) {
      problems.add('minSubtotal', `must be in ${amountOff.currency} like the value`);
    } else {
      minSubtotal = input.minSubtotal;
    }
  }

  const startsAt = optionalDate(problems, 'startsAt', input.startsAt);
  const endsAt = optionalDate(problems, 'endsAt', input.endsAt);
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) problems.add('endsAt', 'must be after starts_at');

  const usageLimit = optionalLimit(problems, 'usageLimit', input.usageLimit);
  const perCustomerLimit = optionalLimit(problems, 'perCustomerLimit', input.perCustomerLimit);

  const active = input.active === undefined ? true : input.active;
  if (typeof active !== 'boolean') problems.add('active', 'must be true or false');

  if (problems.count > start) return undefined;
  return {
    code: code as string,
    type,
    percentOff,
    amountOff,
    minSubtotal,
    startsAt,
    endsAt,
    usageLimit,
    perCustomerLimit,
    active: active as boolean,
  };
}

function optionalDate(problems: ValidationProblems, field: string, value: unknown): Date | null {
  if (value === undefined || value === null) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    problems.add(field, 'must be a valid date and time');
    return null;
  }
  return new Date(value.getTime());
}

function optionalLimit(problems: ValidationProblems, field: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (!isWholeNumberBetween(value, 1, DiscountLimits.USAGE_LIMIT_MAX)) {
    problems.add(field, `must be a whole number from 1 to ${DiscountLimits.USAGE_LIMIT_MAX}, or absent for no limit`);
    return null;
  }
  return value;
}

export function sameDefinition(a: DiscountDefinition, b: DiscountDefinition): boolean {
  const money = (m: Money | null) => (m ? `${m.amount} ${m.currency}` : null);
  const time = (d: Date | null) => (d ? d.getTime() : null);
  return (
    a.code === b.code &&
    a.type === b.type &&
    a.percentOff === b.percentOff &&
    money(a.amountOff) === money(b.amountOff) &&
    money(a.minSubtotal) === money(b.minSubtotal) &&
    time(a.startsAt) === time(b.startsAt) &&
    time(a.endsAt) === time(b.endsAt) &&
    a.usageLimit === b.usageLimit &&
    a.perCustomerLimit === b.perCustomerLimit &&
    a.active === b.active
  );
}

export function copyDate(date: Date | null): Date | null {
  return date ? new Date(date.getTime()) : null;
}
