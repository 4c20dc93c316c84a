import {
  Discount,
  DiscountErrorCodes,
  DomainError,
  Money,
  ValidationProblems,
  type DiscountFields,
  type DiscountType,
  type MoneyJSON,
} from '@devgear/domain';
import type { Clock } from '../ports/clock.port';
import type { DiscountRepository } from '../ports/discount-repository.port';
import type { IdGenerator } from '../ports/id-generator.port';

/** An admin's discount as it comes off the wire (money as { amount, currency }). */
export interface DiscountInput {
  code: string;
  type: DiscountType;
  /** 1..100 for 'percentage'; a money object for 'fixed'. */
  value: number | MoneyJSON;
  minSubtotal?: MoneyJSON | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  usageLimit?: number | null;
  perCustomerLimit?: number | null;
  active?: boolean;
}

export interface DiscountAdminDeps {
  discounts: DiscountRepository;
  ids: IdGenerator;
  clock: Clock;
}

export interface DiscountAdminOptions {
  /** STORE_CURRENCY: money of a discount must be in it. */
  storeCurrency: string;
}

/**
 * Turns wire money into Money in the store currency (problems under 'value' / 'minSubtotal');
 * everything else passes through for the Discount aggregate to judge. `type` is the type the
 * discount will have (for an update: the new one, or the current one).
 */
export function toDiscountFields(input: Partial<DiscountInput>, type: DiscountType | undefined, storeCurrency: string): Partial<DiscountFields> {
  const problems = new ValidationProblems(DiscountErrorCodes.INVALID);
  const fields: Partial<DiscountFields> = {};
  for (const key of ['code', 'type', 'startsAt', 'endsAt', 'usageLimit', 'perCustomerLimit', 'active'] as const) {
    if (input[key] !== undefined) (fields as Record<string, unknown>)[key] = input[key];
  }
  if (input.value !== undefined) {
    fields.value = type === 'fixed' && isMoneyLike(input.value) ? money(problems, 'value', input.value, storeCurrency) : (input.value as number);
  }
  if (input.minSubtotal !== undefined) {
    fields.minSubtotal = input.minSubtotal === null ? null : money(problems, 'minSubtotal', input.minSubtotal, storeCurrency);
  }
  problems.throwIfAny('Invalid discount');
  return fields;
}

/** 409 when another live discount has the code. */
export async function rejectTakenCode(discounts: DiscountRepository, code: string, exceptId?: string): Promise<void> {
  const taken = await discounts.findByCode(Discount.normalizeCode(code));
  if (taken && taken.id !== exceptId) {
    throw new DomainError(DiscountErrorCodes.DUPLICATE_CODE, `Discount code ${taken.code} is already in use`, 'conflict', {
      code: ['is already used by another discount'],
    });
  }
}

function isMoneyLike(value: unknown): value is MoneyJSON {
  return typeof value === 'object' && value !== null;
}

function money(problems: ValidationProblems, field: string, json: MoneyJSON, storeCurrency: string): Money {
  const value = problems.capture(field, () => Money.of(json?.amount, json?.currency));
  if (value && value.currency !== storeCurrency) problems.add(field, `must be in ${storeCurrency}, the store currency`);
  return value as Money;
}
