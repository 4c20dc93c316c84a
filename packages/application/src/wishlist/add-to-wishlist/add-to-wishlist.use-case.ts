import { assertWishlistHasRoom } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { ProductLookup } from '../../ports/product-lookup.port';
import type { WishlistRepository } from '../../ports/wishlist-repository.port';
import { visibleProduct } from '../../review/review.deps';

/**
 * POST /wishlist/items { product_id }: answers whether the product was added (201) or was on
 * the list already (200, no duplicate). An unknown or archived product is 404; a full list 409.
 */
export class AddToWishlistUseCase {
  constructor(private readonly deps: { wishlists: WishlistRepository; products: ProductLookup; clock: Clock }) {}

  async execute(customerId: string, productId: string): Promise<{ productId: string; added: boolean }> {
    const product = await visibleProduct(this.deps.products, productId);
    const added = await this.deps.wishlists.add(customerId, product.id, this.deps.clock.now(), assertWishlistHasRoom);
    return { productId: product.id, added };
  }
}
