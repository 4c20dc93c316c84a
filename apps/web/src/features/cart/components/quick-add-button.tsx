import type { ProductSummaryDto } from '@devgear/contracts';
import { Button, CartIcon } from '@/ui';
import { useQuickAdd } from '../hooks/use-quick-add';

/**
 * "Add" on a product card. A product with one variant goes straight into the cart; one with
 * options opens a small dialog to choose them (the card knows only the product, not its
 * variants, so the product is loaded first).
 */
export function QuickAddButton({ product }: { product: ProductSummaryDto }) {
  const { start, busy, chooser } = useQuickAdd(product);

  return (
    <>
      <Button
        size="small"
        icon={<CartIcon />}
        disabled={!product.in_stock}
        loading={busy}
        onClick={start}
        aria-label={`Add ${product.name} to cart`}
        className="quick-add"
        data-testid="quick-add"
      >
        <span className="quick-add__text">Add</span>
      </Button>
      {chooser}
    </>
  );
}
