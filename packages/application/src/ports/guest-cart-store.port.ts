/**
 * Guest cart tokens (CONTRACT.md "Cart"): a guest's cart is owned by the token's id. A token
 * idle for 30 days no longer resolves; a merged one is deleted (its cart with it).
 */
export interface GuestCartStore {
  /** Stores a new guest id and returns the token the browser keeps (shown once, stored hashed). */
  create(id: string, now: Date): Promise<string>;
  /** The guest id of a live token (marking it used now), or null. */
  resolve(token: string, now: Date): Promise<string | null>;
  delete(id: string): Promise<void>;
}
