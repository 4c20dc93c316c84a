export interface StockLine {
  variantId: string;
  /** A whole number of units, at least 1. */
  quantity: number;
}

/**
 * Takes units out of the sellable stock for an order and puts them back.
 *
 * reserve() is all-or-nothing and safe under any concurrency: either every line is taken, or
 * nothing is and it throws DomainError kind 'out_of_stock' (CART.OUT_OF_STOCK, outOfStock())
 * naming every short variant with what is left: details { [variantId]: ['only 2 available'] }
 * (an unknown variant counts as 0 available). In SQL: one transaction of conditional updates
 * (UPDATE variants SET available = available - $q WHERE id = $v AND available >= $q) taken in
 * variant-id order; a zero-row update rolls the whole transaction back.
 *
 * release() puts the units back. It is not idempotent by itself: callers release an order's
 * units only after they won the order's own state change (its cancellation was saved), so each
 * order's units go back once.
 */
export interface StockReservations {
  reserve(lines: readonly StockLine[]): Promise<void>;
  release(lines: readonly StockLine[]): Promise<void>;
}
