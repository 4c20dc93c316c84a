import type { WishlistRepository } from '../../ports/wishlist-repository.port';

/**
 * DELETE /wishlist/items/{product_id}: idempotent, like unstarring: removing a product that is
 * not on the list changes nothing and is not an error (a double click must not undo the UI).
 */
export class RemoveFromWishlistUseCase {
  constructor(private readonly deps: { wishlists: WishlistRepository }) {}

  async execute(customerId: string, productId: string): Promise<{ removed: boolean }> {
    return { removed: await this.deps.wishlists.remove(customerId, productId) };
  }
}
