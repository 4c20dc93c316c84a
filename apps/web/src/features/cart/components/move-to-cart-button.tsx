import type { ProductSummaryDto } from '@devgear/contracts';
import { Button, CartIcon } from '@/ui';
import { useQuickAdd } from '../hooks/use-quick-add';

/**
 * "Move to cart" on a kept product (the wishlist): a product with one variant goes straight into
 * the cart, one with options asks which. `onMoved` runs once it is in the cart (the wishlist then
 * lets it go); if adding fails, nothing else happens.
 */
export function MoveToCartButton({ product, onMoved }: { product: ProductSummaryDto; onMoved: () => void }) {
  const { start, busy, chooser } = useQuickAdd(product, onMoved);

  return (
    <>
      <Button variant="primary" icon={<CartIcon />} disabled={!product.in_stock} loading={busy} onClick={start} data-testid="move-to-cart">
        Move to cart
      </Button>
      {chooser}
    </>
  );
}
