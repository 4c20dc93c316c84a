import { Money, Product } from '@devgear/domain';

export interface ProductFixtureOptions {
  id: string;
  name: string;
  slug?: string;
  brand?: string;
  description?: string;
  categoryId: string;
  createdAt?: Date;
  currency?: string;
  /** One variant per entry; SKUs default to '<slug>-<n>'. */
  variants?: { sku?: string; price: number; available?: number; options?: Record<string, string> }[];
  images?: { id: string; url: string; alt: string; storageKey: string }[];
  archived?: boolean;
}

/** A valid product for tests, with events already pulled. */
export function productFixture(options: ProductFixtureOptions): Product {
  const currency = options.currency ?? 'USD';
  const variants = options.variants ?? [{ price: 1000, available: 1 }];
  const createdAt = options.createdAt ?? new Date('2025-01-01T00:00:00.000Z');
  const product = Product.create(
    {
      id: options.id,
      name: options.name,
      slug: options.slug,
      brand: options.brand ?? 'DevGear',
      description: options.description ?? `${options.name} for programmers.`,
      categoryId: options.categoryId,
      specifications: [],
      images: options.images,
      variants: variants.map((v, index) => ({
        id: `${options.id}-v${index + 1}`,
        sku: v.sku ?? `${options.id}-${index + 1}`.replace(/[^A-Za-z0-9._-]/g, '-'),
        name: `Variant ${index + 1}`,
        options: v.options ?? (variants.length > 1 ? { variant: String(index + 1) } : {}),
        price: Money.of(v.price, currency),
        available: v.available ?? 1,
      })),
    },
    createdAt,
  );
  if (options.archived) product.archive(createdAt);
  product.pullEvents();
  return product;
}
