/** One recorded change of a variant's stock by a person. */
export interface StockMovement {
  id: string;
  productId: string;
  variantId: string;
  sku: string;
  previous: number;
  available: number;
  delta: number;
  reason: string;
  author: { id: string; email: string | null } | null;
  at: Date;
}

export interface SetStockCommand {
  movementId: string;
  productId: string;
  variantId: string;
  available: number;
  reason: string;
  author: { id: string; email: string | null };
  at: Date;
}

/**
 * Stock levels set by admins. set() is atomic with concurrent checkouts (the variant row is
 * locked, the level written and the movement recorded in one transaction); it resolves null
 * when the product has no such variant.
 */
export interface StockLevels {
  set(command: SetStockCommand): Promise<StockMovement | null>;
  /** Newest first. */
  movements(productId: string, page: { page: number; perPage: number }): Promise<{ items: StockMovement[]; total: number }>;
}
