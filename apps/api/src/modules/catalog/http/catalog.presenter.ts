import type { CategoryView, ProductDetailView, ProductSummaryView } from '@devgear/application';
import type { CategoryDto, ProductDetailDto, ProductSummaryDto } from '@devgear/contracts';

export function presentSummary(p: ProductSummaryView): ProductSummaryDto {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    brand: p.brand,
    category: { id: p.category.id, slug: p.category.slug, name: p.category.name },
    price: { amount: p.price.amount, currency: p.price.currency },
    max_price: { amount: p.maxPrice.amount, currency: p.maxPrice.currency },
    rating: { average: p.rating.average, count: p.rating.count },
    image: p.image ? { url: p.image.url, alt: p.image.alt } : null,
    in_stock: p.inStock,
  };
}

export function presentDetail(p: ProductDetailView): ProductDetailDto {
  return {
    ...presentSummary(p),
    description: p.description,
    specifications: p.specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit })),
    images: p.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt })),
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      name: v.name,
      options: v.options,
      price: { amount: v.price.amount, currency: v.price.currency },
      in_stock: v.available > 0,
      available: v.available,
    })),
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}

export function presentCategory(c: CategoryView): CategoryDto {
  return { id: c.id, slug: c.slug, name: c.name, parent_id: c.parentId, product_count: c.productCount };
}
