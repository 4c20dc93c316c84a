import type { ProductDetailDto, ProductSummaryDto } from '@devgear/contracts';
import { useState } from 'react';
import { catalogApi } from '@/api/catalog-api';
import { toast } from '@/ui';
import { toApiError } from '@/lib/form-errors';
import { isPurchasable } from '@/lib/variant-selection';
import { ChooseVariantModal } from '../components/choose-variant-modal';
import { useAddToCart } from './use-add-to-cart';

/**
 * Adding a product known only by its summary (a card, a wishlist item): the product is loaded
 * first; one with a single variant goes straight into the cart, one with options opens a dialog
 * to choose them (`chooser`, to render beside the button). `onAdded` runs once it is in the cart.
 */
export function useQuickAdd(product: ProductSummaryDto, onAdded?: () => void) {
  const { add, adding } = useAddToCart();
  const [loadProduct, { isFetching }] = catalogApi.useLazyGetProductQuery();
  const [choosing, setChoosing] = useState<ProductDetailDto | null>(null);

  const start = async () => {
    let detail: ProductDetailDto;
    try {
      detail = await loadProduct(product.slug, true).unwrap();
    } catch (raw) {
      toast.error(toApiError(raw).message);
      return;
    }
    const only = detail.variants.length === 1 ? detail.variants[0] : undefined;
    if (only && isPurchasable(only)) {
      if (await add({ variantId: only.id, quantity: 1, name: detail.name })) onAdded?.();
    } else {
      setChoosing(detail);
    }
  };

  const chooser = choosing && <ChooseVariantModal product={choosing} onClose={() => setChoosing(null)} onAdded={onAdded} />;
  return { start: () => void start(), busy: isFetching || adding, chooser };
}
