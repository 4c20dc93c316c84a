import type { ProductSummaryDto } from '@devgear/contracts';
import { useLocation, useNavigate } from 'react-router-dom';
import { signInHref, type SignInNotice } from '@/lib/redirects';
import { toApiError } from '@/lib/form-errors';
import { HeartFilledIcon, HeartIcon, toast } from '@/ui';
import { useAddToWishlistMutation, useRemoveFromWishlistMutation } from '../api/wishlist-api';
import { useWishlist } from '../hooks/use-wishlist';
import './wishlist-button.css';

/**
 * The heart on a product card and the product page. It fills at once (the list is updated
 * optimistically) and empties again with a message if the server refuses; signed out, it asks
 * to sign in and comes back.
 */
export function WishlistButton({ product, size = 'middle' }: { product: ProductSummaryDto; size?: 'small' | 'middle' | 'large' }) {
  const wishlist = useWishlist();
  const [add] = useAddToWishlistMutation();
  const [remove] = useRemoveFromWishlistMutation();
  const navigate = useNavigate();
  const location = useLocation();
  const wished = wishlist.has(product.id);
  const label = wished ? `Remove ${product.name} from your wishlist` : `Add ${product.name} to your wishlist`;

  const toggle = async () => {
    if (!wishlist.signedIn) {
      const notice: SignInNotice = { type: 'info', text: 'Sign in to keep a wishlist. We will bring you back here.' };
      void navigate(signInHref(location), { state: { notice } });
      return;
    }
    try {
      if (wished) await remove(product.id).unwrap();
      else await add(product).unwrap();
    } catch (raw) {
      toast.error(`${wished ? 'Could not remove it from' : 'Could not add it to'} your wishlist: ${toApiError(raw).message}`);
    }
  };

  return (
    <button
      type="button"
      className={`wishlist-button wishlist-button--${size}${wished ? ' wishlist-button--on' : ''}`}
      title={wished ? 'On your wishlist' : 'Add to wishlist'}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void toggle();
      }}
      aria-label={label}
      aria-pressed={wished}
      data-testid="wishlist-toggle"
      data-wished={wished}
    >
      {wished ? <HeartFilledIcon /> : <HeartIcon />}
    </button>
  );
}
