import type { ProductDetailDto } from '@devgear/contracts';
import { useMemo, useState } from 'react';
import { Dialog } from '@/ui';
import { StockState } from '@/components/product/stock-state';
import { VariantPicker } from '@/components/product/variant-picker';
import { formatMoney } from '@/lib/money';
import { initialVariant, optionGroups, selectOption, stockState } from '@/lib/variant-selection';
import { cartItemName } from '../lib/cart-item-name';
import { AddToCart } from './add-to-cart';

/** Choosing the options of a product with several variants, then adding it; `onAdded` runs once it is in the cart. */
export function ChooseVariantModal({ product, onClose, onAdded }: { product: ProductDetailDto; onClose: () => void; onAdded?: () => void }) {
  const [selected, setSelected] = useState(() => initialVariant(product.variants, null));
  const groups = useMemo(() => optionGroups(product.variants, selected), [product.variants, selected]);

  return (
    <Dialog open title={product.name} onClose={onClose} width={460} data-testid="quick-add-modal">
      <span className="text-secondary">{product.brand}</span>
      <div className="product-price" style={{ fontSize: 22, margin: '4px 0 12px' }} data-testid="quick-add-price">
        {formatMoney(selected?.price ?? product.price)}
      </div>
      <VariantPicker groups={groups} onChoose={(key, value) => setSelected(selectOption(product.variants, selected, key, value))} />
      {selected && (
        <div style={{ margin: '12px 0 16px' }}>
          <StockState state={stockState(selected)} />
        </div>
      )}
      {/* Keyed by variant: a new variant starts again at quantity 1. */}
      <AddToCart
        key={selected?.id}
        variant={selected}
        name={cartItemName(product, selected)}
        size="middle"
        onAdded={() => {
          onAdded?.();
          onClose();
        }}
      />
    </Dialog>
  );
}
