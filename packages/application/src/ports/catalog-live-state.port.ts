/** The fields of a product that change with sales and reviews rather than with catalog edits. */
export interface ProductLiveFields {
  /** Some variant can be bought now. */
  readonly inStock: boolean;
  readonly rating: { readonly average: number; readonly count: number };
  /** Units that can be bought now, by variant id. */
  readonly available: ReadonlyMap<string, number>;
}

/**
 * The current stock and rating of every product, kept fresh from the database's change log
 * (every checkout, cancellation, expiry, refund, stock adjustment and review change is
 * seen within a second, on every instance). Cached catalog reads are overlaid with it, so a
 * cache never shows stale stock or ratings (CONTRACT.md "Freshness").
 */
export interface CatalogLiveState {
  /** The live fields of a product, or undefined when not known here yet (the read model's own values stand). */
  get(productId: string): ProductLiveFields | undefined;
  /**
   * Changes whenever a product's in-stock flag flips or a rating changes: the products an
   * `in_stock=true` filter or a `rating_desc` sort lists may then differ.
   */
  generation(): number;
}
