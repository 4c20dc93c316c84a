import WishlistPage from '@/features/wishlist/components/wishlist-page';

/** /wishlist (signed in), loaded with its route. */
export const Component = WishlistPage;
