import type { VariantDto } from '@devgear/contracts';
import { useState } from 'react';
import { Button, CartIcon } from '@/ui';
import { QuantityInput } from '@/ui/quantity-input';
import { useAddToCart } from '../hooks/use-add-to-cart';
import { MAX_LINE_QUANTITY } from '../lib/cart-limits';

interface AddToCartProps {
  /** The chosen variant; none while the product has no variant to offer. */
  variant: VariantDto | undefined;
  /** The name the feedback uses ("Keychron K2 (Brown / ANSI)"). */
  name: string;
  size?: 'middle' | 'large';
  /** Called once the item is in the cart. */
  onAdded?: () => void;
}

/** Quantity and "Add to cart" for one variant: disabled while it cannot be bought. */
export function AddToCart({ variant, name, size = 'large', onAdded }: AddToCartProps) {
  const { add, adding } = useAddToCart();
  const [quantity, setQuantity] = useState<number | null>(1);
  const purchasable = Boolean(variant && variant.in_stock && variant.available > 0);
  const max = Math.max(1, Math.min(MAX_LINE_QUANTITY, variant?.available ?? MAX_LINE_QUANTITY));
  const chosen = Math.min(Math.max(quantity ?? 1, 1), max);

  const submit = async () => {
    if (!variant || !purchasable || adding) return;
    if (await add({ variantId: variant.id, quantity: chosen, name })) onAdded?.();
  };

  return (
    <div className="add-to-cart" data-testid="add-to-cart-form">
      <QuantityInput
        label="Quantity"
        min={1}
        max={max}
        value={quantity === null ? null : chosen}
        onChange={setQuantity}
        onCommit={() => setQuantity(chosen)}
        disabled={!purchasable}
        className="add-to-cart__quantity"
        data-testid="add-to-cart-quantity"
      />
      <Button
        variant="primary"
        size={size}
        icon={<CartIcon />}
        disabled={!purchasable}
        loading={adding}
        onClick={() => void submit()}
        className="add-to-cart__button"
        data-testid="add-to-cart"
      >
        {purchasable ? 'Add to cart' : 'Out of stock'}
      </Button>
    </div>
  );
}
