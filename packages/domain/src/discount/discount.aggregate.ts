import { DomainError } from '../shared/domain-error';
import { Money, type MoneyJSON } from '../shared/money.value-object';
import { ValidationProblems } from '../shared/validation-problems';
import { copyDate, normalizeDiscountCode, parseDefinition, sameDefinition, type DiscountDefinition, type DiscountFields, type DiscountType } from './discount-definition';
import { DiscountErrorCodes, alreadyUsed, exhausted, invalidDiscount, unknownDiscountCode } from './discount.errors';

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
    return normalizeDiscountCode(raw);
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
