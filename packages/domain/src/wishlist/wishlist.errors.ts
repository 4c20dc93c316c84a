import { DomainError } from '../shared/domain-error';

export const WishlistErrorCodes = {
  FULL: 'WISHLIST.FULL',
} as const;

export const WishlistLimits = {
  /** Products one customer may keep on the wishlist. */
  ITEMS_MAX: 500,
} as const;

/**
 * Whether a product may join a wishlist that holds `count` products. Adding one already on it
 * is always fine (it changes nothing); a full list refuses new ones with 409.
 */
export function assertWishlistHasRoom(count: number, alreadyOnIt: boolean): void {
  if (alreadyOnIt || count < WishlistLimits.ITEMS_MAX) return;
  throw new DomainError(
    WishlistErrorCodes.FULL,
    `Your wishlist is full (${WishlistLimits.ITEMS_MAX} products). Remove something before adding more.`,
    'conflict',
    { product_id: [`the wishlist already holds ${WishlistLimits.ITEMS_MAX} products`] },
  );
}
