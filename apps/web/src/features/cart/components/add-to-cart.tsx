import { ShoppingCartOutlined } from '@ant-design/icons';
import type { VariantDto } from '@devgear/contracts';
import Button from 'antd/es/button';
import InputNumber from 'antd/es/input-number';
import { useState } from 'react';
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
  const [quantity, setQuantity] = useState(1);
  const purchasable = Boolean(variant && variant.in_stock && variant.available > 0);
  const max = Math.max(1, Math.min(MAX_LINE_QUANTITY, variant?.available ?? MAX_LINE_QUANTITY));
  const chosen = Math.min(quantity, max);

  const submit = async () => {
    if (!variant || !purchasable || adding) return;
    if (await add({ variantId: variant.id, quantity: chosen, name })) onAdded?.();
  };

  return (
    <div className="add-to-cart" data-testid="add-to-cart-form">
      <InputNumber
        size={size}
        min={1}
        max={max}
        precision={0}
        value={chosen}
        onChange={(value) => setQuantity(typeof value === 'number' && value >= 1 ? value : 1)}
        disabled={!purchasable}
        aria-label="Quantity"
        className="add-to-cart__quantity"
        data-testid="add-to-cart-quantity"
      />
      <Button
        type="primary"
        size={size}
        icon={<ShoppingCartOutlined />}
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
