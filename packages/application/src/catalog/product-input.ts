import { CatalogErrorCodes, DomainError, Money, ValidationProblems, type Product, type VariantInput } from '@devgear/domain';
import type { IdGenerator } from '../ports/id-generator.port';
import type { ProductRepository } from '../ports/product-repository.port';

/** A variant as an admin sends it; `id` names an existing variant on update (absent = a new one). */
export interface VariantWireInput {
  id?: string;
  sku: string;
  name: string;
  options?: Record<string, string>;
  price: { amount: number; currency: string };
  available?: number;
}

/**
 * Wire variants -> domain input: money in the store currency (problems name each variant), new
 * ids for new variants, and for an existing variant its current stock (`currentStock`), because
 * stock only changes through the stock endpoint where it is recorded as a movement.
 */
export function variantsOf(
  variants: VariantWireInput[],
  ids: IdGenerator,
  storeCurrency: string,
  currentStock: ReadonlyMap<string, number> = new Map(),
): VariantInput[] {
  const problems = new ValidationProblems(CatalogErrorCodes.INVALID_PRICE);
  if (!Array.isArray(variants)) return variants as unknown as VariantInput[];
  const result = variants.map((variant, index): VariantInput => {
    const field = `variants.${index}.price`;
    const price = problems.capture(field, () => Money.of(variant?.price?.amount, variant?.price?.currency));
    if (price && price.currency !== storeCurrency) problems.add(field, `must be in ${storeCurrency}, the store currency`);
    const existing = variant?.id !== undefined ? currentStock.get(variant.id) : undefined;
    if (variant?.id !== undefined && existing === undefined) problems.add(`variants.${index}.id`, 'is not a variant of this product');
    return {
      id: variant?.id ?? ids.next(),
      sku: variant?.sku,
      name: variant?.name,
      options: variant?.options ?? {},
      price: price as Money,
      available: existing ?? (variant?.available as number),
    };
  });
  problems.throwIfAny('Invalid product');
  return result;
}

/** 409 naming each field (slug, variants.N.sku) that another product already uses. */
export async function rejectTakenSlugAndSkus(products: ProductRepository, product: Product): Promise<void> {
  const details: Record<string, string[]> = {};
  let code: string | undefined;
  if (await products.slugTaken(product.slug, product.id)) {
    details.slug = ['is already taken by another product'];
    code = CatalogErrorCodes.DUPLICATE_SLUG;
  }
  for (const [index, variant] of product.variants.entries()) {
    if (await products.skuTaken(variant.sku.value, product.id)) {
      details[`variants.${index}.sku`] = [`${variant.sku.value} is already used by another product`];
      code ??= CatalogErrorCodes.DUPLICATE_SKU;
    }
  }
  if (code) {
    const fields = Object.keys(details).join(', ');
    throw new DomainError(code, `Product conflicts with an existing product: ${fields}`, 'conflict', details);
  }
}
