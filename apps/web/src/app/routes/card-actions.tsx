import type { ProductSummaryDto } from '@devgear/contracts';
import { QuickAddButton } from '@/features/cart/components/quick-add-button';
import { WishlistButton } from '@/features/wishlist/components/wishlist-button';

/** What the storefront puts on product cards: the cart's "Add" and the wishlist heart over the image. */
export const addToCartAction = (product: ProductSummaryDto) => <QuickAddButton product={product} />;
export const wishlistOverlay = (product: ProductSummaryDto) => <WishlistButton product={product} size="small" />;
