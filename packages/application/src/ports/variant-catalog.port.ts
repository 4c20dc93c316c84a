import type { Money } from '@devgear/domain';

/** A variant as carts and checkout need it, with its product. */
export interface PurchasableVariant {
  variantId: string;
  productId: string;
  productName: string;
  variantName: string;
  sku: string;
  price: Money;
  /** Units that can be bought now. */
  available: number;
  /** The product was archived (DELETE /products/{id}): it stays visible in carts, flagged, but cannot be bought. */
  productArchived: boolean;
}

/** The catalog as the cart sees it: current prices, stock and whether a variant still exists. */
export interface VariantCatalog {
  /** The variants among `variantIds` that exist (archived products included); unknown ids are left out. */
  findVariants(variantIds: readonly string[]): Promise<PurchasableVariant[]>;
}
