import { MoveToCartButton } from '@/features/cart/components/move-to-cart-button';
import { WishlistPage, type MoveToCart } from '@/features/wishlist/components/wishlist-page';

/** What the wishlist offers on each item: the cart's "Move to cart". */
const moveToCart: MoveToCart = (product, onMoved) => <MoveToCartButton product={product} onMoved={onMoved} />;

/** /wishlist (signed in), loaded with its route. */
export function Component() {
  return <WishlistPage moveToCart={moveToCart} />;
}
