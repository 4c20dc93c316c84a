import { DomainError } from '../shared/domain-error';
import { assertWishlistHasRoom, WishlistLimits } from './wishlist.errors';

describe('assertWishlistHasRoom', () => {
  it('lets a product in below the limit, and one already on the list at any size', () => {
    expect(() => assertWishlistHasRoom(0, false)).not.toThrow();
    expect(() => assertWishlistHasRoom(WishlistLimits.ITEMS_MAX - 1, false)).not.toThrow();
    expect(() => assertWishlistHasRoom(WishlistLimits.ITEMS_MAX, true)).not.toThrow();
  });

  it('refuses a new product on a full list with 409', () => {
    let error: unknown;
    try {
      assertWishlistHasRoom(WishlistLimits.ITEMS_MAX, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('conflict');
    expect((error as DomainError).code).toBe('WISHLIST.FULL');
  });
});
