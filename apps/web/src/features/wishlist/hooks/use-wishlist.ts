import { useCurrentUser } from '@/hooks/use-session';
import { useGetWishlistQuery, WISHLIST_PAGE } from '../api/wishlist-api';

/** The signed-in customer's wishlist (first page: what hearts and the menu count need); nothing when signed out. */
export function useWishlist() {
  const user = useCurrentUser();
  const query = useGetWishlistQuery(WISHLIST_PAGE, { skip: !user });
  const ids = new Set((query.data?.data ?? []).map((i) => i.product.id));
  return { ...query, signedIn: Boolean(user), count: query.data?.meta.total ?? 0, has: (productId: string) => ids.has(productId) };
}
