import { DomainError } from '../shared/domain-error';

/** Stable error codes of the discount context. */
export const DiscountErrorCodes = {
  /** An admin's discount definition breaks a rule (400). */
  INVALID: 'DISCOUNT.INVALID',
  /** Another live discount already has the code (409). */
  DUPLICATE_CODE: 'DISCOUNT.DUPLICATE_CODE',
  /** Admin lookup by id (404). */
  NOT_FOUND: 'DISCOUNT.NOT_FOUND',
  // Why a customer's code does not apply (all 422 INVALID_DISCOUNT):
  UNKNOWN: 'DISCOUNT.UNKNOWN',
  INACTIVE: 'DISCOUNT.INACTIVE',
  NOT_YET_VALID: 'DISCOUNT.NOT_YET_VALID',
  EXPIRED: 'DISCOUNT.EXPIRED',
  EXHAUSTED: 'DISCOUNT.EXHAUSTED',
  ALREADY_USED: 'DISCOUNT.ALREADY_USED',
  BELOW_MINIMUM: 'DISCOUNT.BELOW_MINIMUM',
  NOT_APPLICABLE: 'DISCOUNT.NOT_APPLICABLE',
} as const;

export type DiscountErrorCode = (typeof DiscountErrorCodes)[keyof typeof DiscountErrorCodes];

export const DiscountLimits = {
  CODE_MIN: 3,
  CODE_MAX: 32,
  PERCENTAGE_MIN: 1,
  PERCENTAGE_MAX: 100,
  /** Highest fixed amount and minimum subtotal, in minor units. */
  AMOUNT_MAX: 1_000_000_000,
  /** Highest usage limit (total and per customer). */
  USAGE_LIMIT_MAX: 1_000_000_000,
} as const;

/**
 * 422 INVALID_DISCOUNT for a code that does not apply. `details.code` carries the same reason,
 * because the field of POST /cart/discount and POST /orders is `code`/`discountCode`.
 */
export function invalidDiscount(code: DiscountErrorCode, message: string, field = 'code'): DomainError {
  return new DomainError(code, message, 'invalid_discount', { [field]: [message] });
}

/** The answer for a code that no live discount has (never found, archived). */
export function unknownDiscountCode(code: string, field = 'code'): DomainError {
  const shown = typeof code === 'string' ? code.trim().toUpperCase() : String(code);
  return invalidDiscount(DiscountErrorCodes.UNKNOWN, `Discount code ${shown} does not exist`, field);
}

/** 404 for an admin asking for a discount id that does not exist. */
export function discountNotFound(id: string): DomainError {
  return new DomainError(DiscountErrorCodes.NOT_FOUND, `Discount ${String(id)} not found`, 'not_found');
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
