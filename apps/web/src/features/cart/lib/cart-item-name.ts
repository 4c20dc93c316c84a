import type { ProductDetailDto, VariantDto } from '@devgear/contracts';

/** "Keychron K2 (Brown / ANSI)" for a product with options; the product's name otherwise. */
export function cartItemName(product: Pick<ProductDetailDto, 'name' | 'variants'>, variant: VariantDto | undefined): string {
  if (!variant || product.variants.length < 2 || !variant.name) return product.name;
  return `${product.name} (${variant.name})`;
}
