import { Discount, DomainError, type Money, unknownDiscountCode } from '@devgear/domain';
import type { DiscountRepository } from '../ports/discount-repository.port';

export interface EvaluatedDiscount {
  discount: Discount;
  /** What it takes off the subtotal (never more than the subtotal). */
  amount: Money;
}

/**
 * Looks a customer's code up and evaluates it against the subtotal now: 422 INVALID_DISCOUNT
 * (unknown, inactive, not yet valid, expired, used up, already used by this customer, below the
 * minimum) otherwise. `field` names the field in the error details ('code' for
 * POST /cart/discount, 'discountCode' for POST /orders).
 */
export async function evaluateDiscountCode(
  discounts: DiscountRepository,
  code: string,
  customerId: string,
  subtotal: Money,
  now: Date,
  field = 'code',
): Promise<EvaluatedDiscount> {
  const normalized = Discount.normalizeCode(code);
  const discount = normalized === '' ? null : await discounts.findByCode(normalized);
  if (!discount) throw unknownDiscountCode(normalized, field);
  const usage = discount.perCustomerLimit === null ? 0 : await discounts.countRedemptions(discount.id, customerId);
  try {
    return { discount, amount: discount.evaluate(subtotal, now, usage) };
  } catch (error) {
    throw onField(error, field);
  }
}

/** The same invalid_discount error with its details under `field` instead of 'code'; anything else unchanged. */
export function onField(error: unknown, field: string): unknown {
  if (error instanceof DomainError && error.kind === 'invalid_discount' && field !== 'code') {
    return new DomainError(error.code, error.message, error.kind, { [field]: [error.message] });
  }
  return error;
}
