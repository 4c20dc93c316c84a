export interface WishlistEntry {
  productId: string;
  addedAt: Date;
}

/** A customer's wishlist: a set of products with the time each was added. */
export interface WishlistRepository {
  /**
   * Adds the product unless it is on the list already; answers whether it was added. Under a
   * lock on this customer's list, it first calls `guard(count, alreadyOnIt)`, which throws to
   * refuse (a full list), so a limit holds even for concurrent adds.
   */
  add(customerId: string, productId: string, at: Date, guard: (count: number, alreadyOnIt: boolean) => void): Promise<boolean>;
  /** Answers whether it was on the list. */
  remove(customerId: string, productId: string): Promise<boolean>;
  /** Newest first; products no longer visible (archived) are left out, and not counted. */
  list(customerId: string, page: { page: number; perPage: number }): Promise<{ items: WishlistEntry[]; total: number }>;
}
