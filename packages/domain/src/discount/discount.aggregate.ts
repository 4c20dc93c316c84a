import { DomainError } from '../shared/domain-error';
import { Money, type MoneyJSON } from '../shared/money.value-object';
import { ValidationProblems, isWholeNumberBetween } from '../shared/validation-problems';
import { DiscountErrorCodes, DiscountLimits, invalidDiscount, unknownDiscountCode } from './discount.errors';

export const DISCOUNT_TYPES = ['percentage', 'fixed'] as const;
export type DiscountType = (typeof DISCOUNT_TYPES)[number];

const CODE_PATTERN = /^[A-Z0-9_-]+$/;

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

export interface CreateDiscountProps extends DiscountFields {
  id: string;
}

/** A partial edit: each field present replaces the current one; null clears an optional one. */
export type UpdateDiscountProps = Partial<DiscountFields>;

/** Plain data of a discount, for repositories. */
export interface DiscountSnapshot {
  id: string;
  code: string;
  type: DiscountType;
  /** Set for 'percentage', null for 'fixed'. */
  percentOff: number | null;
  /** Set for 'fixed', null for 'percentage'. */
  amountOff: MoneyJSON | null;
  minSubtotal: MoneyJSON | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  active: boolean;
  /**
   * Orders that redeemed the code. Owned by the repository's atomic redeem/release: saving a
   * discount never writes it, so an admin edit cannot reset a concurrent redemption.
   */
  timesUsed: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface DiscountDefinition {
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

interface DiscountState extends DiscountDefinition {
  id: string;
  timesUsed: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A discount code. `evaluate` decides whether it applies to a subtotal for a customer right now
 * and what it takes off. The usage limits are checked here against the counts read before, and
 * enforced again atomically by the repository's redeem() when an order uses the code, so they
 * hold under concurrency.
 */
export class Discount {
  private constructor(private state: DiscountState) {}

  /** Normalises a code the way it is stored and compared: trimmed, upper-case. */
  static normalizeCode(raw: string): string {
    return typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  }

  static create(props: CreateDiscountProps, now: Date): Discount {
    const problems = new ValidationProblems(DiscountErrorCodes.INVALID);
    if (typeof props?.id !== 'string' || props.id.trim() === '') problems.add('id', 'must be a non-empty id');
    const definition = parseDefinition(props ?? ({} as DiscountFields), problems);
    problems.throwIfAny('Invalid discount');
    const at = new Date(now.getTime());
    return new Discount({
      id: props.id,
      ...(definition as DiscountDefinition),
      timesUsed: 0,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Rebuilds a stored discount as it was: no rules re-checked. */
  static restore(s: DiscountSnapshot): Discount {
    return new Discount({
      id: s.id,
      code: s.code,
      type: s.type,
      percentOff: s.percentOff,
      amountOff: s.amountOff ? Money.fromJSON(s.amountOff) : null,
      minSubtotal: s.minSubtotal ? Money.fromJSON(s.minSubtotal) : null,
      startsAt: copyDate(s.startsAt),
      endsAt: copyDate(s.endsAt),
      usageLimit: s.usageLimit,
      perCustomerLimit: s.perCustomerLimit,
      active: s.active,
      timesUsed: s.timesUsed,
      archivedAt: copyDate(s.archivedAt),
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    });
  }

  /** Applies the changes after checking the whole definition again. Returns whether anything changed. */
  update(changes: UpdateDiscountProps, now: Date): boolean {
    this.assertNotArchived();
    const current = this.state;
    const has = (key: keyof DiscountFields) => changes != null && Object.prototype.hasOwnProperty.call(changes, key) && changes[key] !== undefined;
    const merged: DiscountFields = {
      code: has('code') ? (changes.code as string) : current.code,
      type: has('type') ? (changes.type as DiscountType) : current.type,
      value: has('value') ? (changes.value as number | Money) : ((current.type === 'percentage' ? current.percentOff : current.amountOff) as number | Money),
      minSubtotal: has('minSubtotal') ? changes.minSubtotal : current.minSubtotal,
      startsAt: has('startsAt') ? changes.startsAt : current.startsAt,
      endsAt: has('endsAt') ? changes.endsAt : current.endsAt,
      usageLimit: has('usageLimit') ? changes.usageLimit : current.usageLimit,
      perCustomerLimit: has('perCustomerLimit') ? changes.perCustomerLimit : current.perCustomerLimit,
      active: has('active') ? changes.active : current.active,
    };
    // null for a field without a "none" (code, type, value, active) reaches parseDefinition and is rejected there.
    const problems = new ValidationProblems(DiscountErrorCodes.INVALID);
    const next = parseDefinition(merged, problems);
    problems.throwIfAny('Invalid discount');
    const definition = next as DiscountDefinition;
    if (sameDefinition(current, definition)) return false;
    this.state = { ...current, ...definition, updatedAt: new Date(now.getTime()) };
    return true;
  }

  /** DELETE /admin/discounts/{id}: the code stops working and is free for a new discount; orders keep their snapshot. */
  archive(now: Date): void {
    if (this.state.archivedAt) return;
    const at = new Date(now.getTime());
    this.state = { ...this.state, archivedAt: at, updatedAt: at };
  }

  /**
   * What the discount takes off `subtotal` (the cart before discount) for a customer who used
   * it `customerUsageCount` times, at `now`. Never more than the subtotal; a percentage rounds
   * half-up to the minor unit. Throws 422 invalid_discount naming the reason otherwise.
   */
  evaluate(subtotal: Money, now: Date, customerUsageCount: number): Money {
    const s = this.state;
    if (s.archivedAt) throw unknownDiscountCode(s.code);
    if (!s.active) throw invalidDiscount(DiscountErrorCodes.INACTIVE, `Discount code ${s.code} is not active`);
    if (s.startsAt && now.getTime() < s.startsAt.getTime()) {
      throw invalidDiscount(DiscountErrorCodes.NOT_YET_VALID, `Discount code ${s.code} is not valid until ${s.startsAt.toISOString()}`);
    }
    if (s.endsAt && now.getTime() >= s.endsAt.getTime()) {
      throw invalidDiscount(DiscountErrorCodes.EXPIRED, `Discount code ${s.code} expired on ${s.endsAt.toISOString()}`);
    }
    if (s.usageLimit !== null && s.timesUsed >= s.usageLimit) {
      throw exhausted(s.code);
    }
    if (s.perCustomerLimit !== null && customerUsageCount >= s.perCustomerLimit) {
      throw alreadyUsed(s.code, s.perCustomerLimit);
    }
    const currency = (s.amountOff ?? s.minSubtotal)?.currency;
    if (currency && currency !== subtotal.currency) {
      throw invalidDiscount(DiscountErrorCodes.NOT_APPLICABLE, `Discount code ${s.code} is for orders in ${currency}, not ${subtotal.currency}`);
    }
    if (s.minSubtotal && subtotal.lessThan(s.minSubtotal)) {
      throw invalidDiscount(
        DiscountErrorCodes.BELOW_MINIMUM,
        `Discount code ${s.code} needs a subtotal of at least ${s.minSubtotal.toDisplayString()}; this cart has ${subtotal.toDisplayString()}`,
      );
    }
    const amount = s.type === 'percentage' ? subtotal.percentage(s.percentOff as number) : (s.amountOff as Money);
    return amount.greaterThan(subtotal) ? subtotal : amount;
  }

  get id(): string {
    return this.state.id;
  }
  get code(): string {
    return this.state.code;
  }
  get type(): DiscountType {
    return this.state.type;
  }
  /** The percentage for 'percentage', the amount for 'fixed'. */
  get value(): number | Money {
    return this.state.type === 'percentage' ? (this.state.percentOff as number) : (this.state.amountOff as Money);
  }
  get percentOff(): number | null {
    return this.state.percentOff;
  }
  get amountOff(): Money | null {
    return this.state.amountOff;
  }
  get minSubtotal(): Money | null {
    return this.state.minSubtotal;
  }
  get startsAt(): Date | null {
    return copyDate(this.state.startsAt);
  }
  get endsAt(): Date | null {
    return copyDate(this.state.endsAt);
  }
  get usageLimit(): number | null {
    return this.state.usageLimit;
  }
  get perCustomerLimit(): number | null {
    return this.state.perCustomerLimit;
  }
  get active(): boolean {
    return this.state.active;
  }
  get timesUsed(): number {
    return this.state.timesUsed;
  }
  get archivedAt(): Date | null {
    return copyDate(this.state.archivedAt);
  }
  get isArchived(): boolean {
    return this.state.archivedAt !== null;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  toSnapshot(): DiscountSnapshot {
    const s = this.state;
    return {
      id: s.id,
      code: s.code,
      type: s.type,
      percentOff: s.percentOff,
      amountOff: s.amountOff ? s.amountOff.toJSON() : null,
      minSubtotal: s.minSubtotal ? s.minSubtotal.toJSON() : null,
      startsAt: copyDate(s.startsAt),
      endsAt: copyDate(s.endsAt),
      usageLimit: s.usageLimit,
      perCustomerLimit: s.perCustomerLimit,
      active: s.active,
      timesUsed: s.timesUsed,
      archivedAt: copyDate(s.archivedAt),
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    };
  }

  private assertNotArchived(): void {
    if (this.state.archivedAt) {
      throw new DomainError(DiscountErrorCodes.NOT_FOUND, `Discount ${this.state.id} was deleted and cannot be changed`, 'not_found');
    }
  }
}

/** 422 for a code whose total usage limit is reached (also what a lost redeem race gets). */
export function exhausted(code: string): DomainError {
  return invalidDiscount(DiscountErrorCodes.EXHAUSTED, `Discount code ${code} has been used up`);
}

/** 422 for a customer who already used the code as often as allowed. */
export function alreadyUsed(code: string, perCustomerLimit: number): DomainError {
  const times = perCustomerLimit === 1 ? 'once' : `${perCustomerLimit} times`;
  return invalidDiscount(DiscountErrorCodes.ALREADY_USED, `You have already used discount code ${code} (it can be used ${times} per customer)`);
}

function parseDefinition(input: DiscountFields, problems: ValidationProblems): DiscountDefinition | undefined {
  const start = problems.count;

  let code: string | undefined;
  if (typeof input.code !== 'string' || input.code.trim() === '') {
    problems.add('code', 'must not be blank');
  } else {
    code = Discount.normalizeCode(input.code);
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
      problems.add('min_subtotal', 'must be a money amount');
    } else if (input.minSubtotal.isNegative() || input.minSubtotal.amount > DiscountLimits.AMOUNT_MAX) {
      problems.add('min_subtotal', `must be from 0 to ${DiscountLimits.AMOUNT_MAX} minor units`);
    } else if (amountOff && amountOff.currency !== input.minSubtotal.currency) {
      problems.add('min_subtotal', `must be in ${amountOff.currency} like the value`);
    } else {
      minSubtotal = input.minSubtotal;
    }
  }

  const startsAt = optionalDate(problems, 'starts_at', input.startsAt);
  const endsAt = optionalDate(problems, 'ends_at', input.endsAt);
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) problems.add('ends_at', 'must be after starts_at');

  const usageLimit = optionalLimit(problems, 'usage_limit', input.usageLimit);
  const perCustomerLimit = optionalLimit(problems, 'per_customer_limit', input.perCustomerLimit);

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

function sameDefinition(a: DiscountDefinition, b: DiscountDefinition): boolean {
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

function copyDate(date: Date | null): Date | null {
  return date ? new Date(date.getTime()) : null;
}
