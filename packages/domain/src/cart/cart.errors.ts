import { DomainError } from '../shared/domain-error';

/** Stable error codes of the cart context. */
export const CartErrorCodes = {
  INVALID_QUANTITY: 'CART.INVALID_QUANTITY',
  INVALID_ITEM: 'CART.INVALID_ITEM',
  OUT_OF_STOCK: 'CART.OUT_OF_STOCK',
  LINE_NOT_FOUND: 'CART.LINE_NOT_FOUND',
  VARIANT_NOT_FOUND: 'CART.VARIANT_NOT_FOUND',
  TOO_MANY_LINES: 'CART.TOO_MANY_LINES',
  EMPTY: 'CART.EMPTY',
  /** Another request changed the cart since it was loaded (optimistic concurrency). */
  CONCURRENT_UPDATE: 'CART.CONCURRENT_UPDATE',
} as const;

export type CartErrorCode = (typeof CartErrorCodes)[keyof typeof CartErrorCodes];

export const CartLimits = {
  QUANTITY_MIN: 1,
  /** CONTRACT.md: quantity 1..99 per line. */
  QUANTITY_MAX: 99,
  /** Distinct lines in one cart. */
  LINES_MAX: 50,
} as const;

/** One variant that cannot be had in the wanted quantity. */
export interface StockShortage {
  variantId: string;
  /** Units that can be bought now (0 when none, or when the variant is gone). */
  available: number;
  /** Overrides the default problem text ('only N available'). */
  problem?: string;
}

/**
 * 409 OUT_OF_STOCK naming every short variant: details { [variantId]: ['only 3 available'] }.
 * Used by the cart and by stock reservation at checkout alike.
 */
export function outOfStock(shortages: readonly StockShortage[]): DomainError {
  const details: Record<string, string[]> = {};
  for (const shortage of shortages) details[shortage.variantId] = [shortage.problem ?? `only ${shortage.available} available`];
  const listed = shortages.map((s) => `${s.variantId} (${details[s.variantId][0]})`).join(', ');
  return new DomainError(CartErrorCodes.OUT_OF_STOCK, `Not enough stock: ${listed}`, 'out_of_stock', details);
}

export function cartLineNotFound(lineId: string): DomainError {
  return new DomainError(CartErrorCodes.LINE_NOT_FOUND, `Cart item ${String(lineId)} not found`, 'not_found');
}
