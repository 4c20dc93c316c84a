import { HeartOutlined } from '@ant-design/icons';
import Badge from 'antd/es/badge';
import { Link } from 'react-router-dom';
import { useWishlist } from '../hooks/use-wishlist';

/** The account menu's "Wishlist" entry with the number of products on it. */
export function useWishlistMenuItems() {
  const { signedIn, count } = useWishlist();
  if (!signedIn) return [];
  return [
    {
      key: 'wishlist',
      icon: <HeartOutlined />,
      label: (
        <Link to="/wishlist" data-testid="menu-wishlist">
          Wishlist <Badge count={count} showZero size="small" color="#cf1322" data-testid="wishlist-count" data-count={count} style={{ marginInlineStart: 6 }} />
        </Link>
      ),
    },
  ];
}
