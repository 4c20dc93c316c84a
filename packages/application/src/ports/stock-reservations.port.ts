export interface StockLine {
  variantId: string;
  /** A whole number of units, at least 1. */
  quantity: number;
}

/**
 * Units of sellable stock held for orders, as reservation rows that belong to the order. Both
 * calls run inside the caller's unit of work, so the stock moves exactly when the order's own state
 * change commits (CONTRACT.md, "Atomicity").
 *
 * reserveForOrder() is all-or-nothing and safe under any concurrency: either every line is taken
 * (variants.available lowered and the order's reservation rows written), or it throws DomainError
 * kind 'out_of_stock' (CART.OUT_OF_STOCK, outOfStock()) naming every short variant with what is
 * left (an unknown variant counts as 0 available); the caller's transaction then rolls back. In
 * SQL: one conditional update per batch (available = available - $q WHERE available >= $q) with
 * the rows locked in variant-id order, so two checkouts never deadlock.
 *
 * releaseForOrder() gives back what the order still holds and marks its reservations released:
 * idempotent by construction (a second call, or a racing one, releases nothing). Returns the lines
 * it released.
 */
export interface StockReservations {
  reserveForOrder(orderId: string, lines: readonly StockLine[]): Promise<void>;
  releaseForOrder(orderId: string): Promise<StockLine[]>;
}
