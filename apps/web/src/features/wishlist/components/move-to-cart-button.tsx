import { ShoppingCartOutlined } from '@ant-design/icons';
import type { ProductDetailDto, ProductSummaryDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useState } from 'react';
import { ChooseVariantModal } from '@/features/cart/components/quick-add-button';
import { useAddToCart } from '@/features/cart/hooks/use-add-to-cart';
import { catalogApi } from '@/features/catalog/api/catalog-api';
import { isPurchasable } from '@/features/catalog/lib/variant-selection';
import { toApiError } from '@/lib/form-errors';
import { useRemoveFromWishlistMutation } from '../api/wishlist-api';

/**
 * "Move to cart": a product with one variant goes straight into the cart, one with options asks
 * which; once it is in the cart it leaves the wishlist. If adding fails, it stays on the list.
 */
export function MoveToCartButton({ product }: { product: ProductSummaryDto }) {
  const { add, adding } = useAddToCart();
  const [loadProduct, { isFetching }] = catalogApi.useLazyGetProductQuery();
  const [remove] = useRemoveFromWishlistMutation();
  const [choosing, setChoosing] = useState<ProductDetailDto | null>(null);
  const { message } = App.useApp();

  const leaveWishlist = async () => {
    try {
      await remove(product.id).unwrap();
    } catch (raw) {
      void message.warning(`It is in your cart, but we could not take it off your wishlist: ${toApiError(raw).message}`);
    }
  };

  const start = async () => {
    let detail: ProductDetailDto;
    try {
      detail = await loadProduct(product.slug, true).unwrap();
    } catch (raw) {
      void message.error(toApiError(raw).message);
      return;
    }
    const only = detail.variants.length === 1 ? detail.variants[0] : undefined;
    if (only && isPurchasable(only)) {
      if (await add({ variantId: only.id, quantity: 1, name: detail.name })) await leaveWishlist();
    } else {
      setChoosing(detail);
    }
  };

  return (
    <>
      <Button type="primary" icon={<ShoppingCartOutlined />} disabled={!product.in_stock} loading={isFetching || adding} onClick={() => void start()} data-testid="move-to-cart">
        Move to cart
      </Button>
      {choosing && <ChooseVariantModal product={choosing} onClose={() => setChoosing(null)} onAdded={() => void leaveWishlist()} />}
    </>
  );
}
