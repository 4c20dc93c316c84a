import type { Cart } from '@devgear/domain';

/**
 * Loads and stores carts, one per customer. Saves are optimistic: a cart is written only when the
 * stored version still equals `cart.version` (0 = not stored yet: insert), and the stored version
 * becomes version + 1. A lost race (another request saved first, or created the customer's cart
 * first) must surface as a DomainError kind 'conflict', code CART.CONCURRENT_UPDATE, so the use
 * case can load again and retry. A saved instance is stale: load again to change it again.
 */
export interface CartRepository {
  findByCustomerId(customerId: string): Promise<Cart | null>;
  save(cart: Cart): Promise<void>;
}
