import { HeartIcon, type MenuItem } from '@/ui';
import { useWishlist } from '../hooks/use-wishlist';

/** The account menu's "Wishlist" entry with the number of products on it. */
export function useWishlistMenuItems(): MenuItem[] {
  const { signedIn, count } = useWishlist();
  if (!signedIn) return [];
  return [
    {
      key: 'wishlist',
      icon: <HeartIcon />,
      to: '/wishlist',
      label: (
        <span data-testid="menu-wishlist">
          Wishlist{' '}
          <span className="count-pill" data-testid="wishlist-count" data-count={count}>
            {count}
          </span>
        </span>
      ),
    },
  ];
}
