import { ShoppingCartOutlined } from '@ant-design/icons';
import type { ProductDetailDto, ProductSummaryDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Typography from 'antd/es/typography';
import { useMemo, useState } from 'react';
import { catalogApi } from '@/features/catalog/api/catalog-api';
import { StockState } from '@/features/catalog/components/stock-state';
import { VariantPicker } from '@/features/catalog/components/variant-picker';
import { initialVariant, isPurchasable, optionGroups, selectOption, stockState } from '@/features/catalog/lib/variant-selection';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useAddToCart } from '../hooks/use-add-to-cart';
import { cartItemName } from '../lib/cart-item-name';
import { AddToCart } from './add-to-cart';

/**
 * "Add" on a product card. A product with one variant goes straight into the cart; one with
 * options opens a small dialog to choose them (the card knows only the product, not its
 * variants, so the product is loaded first).
 */
export function QuickAddButton({ product }: { product: ProductSummaryDto }) {
  const { add, adding } = useAddToCart();
  const [loadProduct, { isFetching }] = catalogApi.useLazyGetProductQuery();
  const [choosing, setChoosing] = useState<ProductDetailDto | null>(null);
  const { message } = App.useApp();

  const start = async () => {
    let detail: ProductDetailDto;
    try {
      detail = await loadProduct(product.slug, true).unwrap();
    } catch (raw) {
      void message.error(toApiError(raw).message);
      return;
    }
    const only = detail.variants.length === 1 ? detail.variants[0] : undefined;
    if (only && isPurchasable(only)) await add({ variantId: only.id, quantity: 1, name: detail.name });
    else setChoosing(detail);
  };

  return (
    <>
      <Button
        size="small"
        icon={<ShoppingCartOutlined />}
        disabled={!product.in_stock}
        loading={isFetching || adding}
        onClick={() => void start()}
        aria-label={`Add ${product.name} to cart`}
        className="quick-add"
        data-testid="quick-add"
      >
        <span className="quick-add__text">Add</span>
      </Button>
      {choosing && <ChooseVariantModal product={choosing} onClose={() => setChoosing(null)} />}
    </>
  );
}

/** Choosing the options of a product with several variants, then adding it; `onAdded` runs once it is in the cart. */
export function ChooseVariantModal({ product, onClose, onAdded }: { product: ProductDetailDto; onClose: () => void; onAdded?: () => void }) {
  const [selected, setSelected] = useState(() => initialVariant(product.variants, null));
  const groups = useMemo(() => optionGroups(product.variants, selected), [product.variants, selected]);

  return (
    <Modal open title={product.name} onCancel={onClose} footer={null} width={460} data-testid="quick-add-modal">
      <Typography.Text type="secondary">{product.brand}</Typography.Text>
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
    </Modal>
  );
}
