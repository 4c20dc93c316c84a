import type { ProductSnapshot } from '@devgear/domain';
import type {
  CatalogReadModel,
  CategoryView,
  ProductDetailView,
  ProductFacetsView,
  ProductListCriteria,
  ProductListResult,
  ProductSummaryView,
} from '../ports/catalog-read-model.port';
import type { CategoryRecord } from '../ports/category-repository.port';
import type { InMemoryCategoryRepository } from './in-memory-category.repository';
import type { InMemoryProductRepository } from './in-memory-product.repository';

export interface Rating {
  average: number;
  count: number;
}

/**
 * The catalog queries over the in-memory repositories: a straightforward (linear-scan)
 * implementation of the semantics the Postgres read model must have.
 */
export class InMemoryCatalogReadModel implements CatalogReadModel {
  /** Every listProducts call, for asserting what a use case asked for. */
  readonly queries: ProductListCriteria[] = [];

  constructor(
    private readonly products: InMemoryProductRepository,
    private readonly categories: InMemoryCategoryRepository,
    private readonly ratings: Map<string, Rating> = new Map(),
  ) {}

  async listProducts(criteria: ProductListCriteria): Promise<ProductListResult> {
    this.queries.push({ ...criteria });
    const categories = await this.categories.list();
    const terms = (criteria.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let categoryIds: Set<string> | null = null;
    if (criteria.categorySlug !== undefined) {
      const root = categories.find((c) => c.slug === criteria.categorySlug);
      if (!root) return { items: [], total: 0, facets: { categories: [], brands: [], price: { min: null, max: null } } };
      categoryIds = subtreeOf(root.id, categories);
    }
    const brand = criteria.brand?.toLowerCase();

    const matches = this.visible()
      .filter((p) => terms.every((t) => `${p.name} ${p.brand} ${p.description}`.toLowerCase().includes(t)))
      .filter((p) => !categoryIds || categoryIds.has(p.categoryId))
      .filter((p) => brand === undefined || p.brand.toLowerCase() === brand)
      .filter((p) => criteria.priceMin === undefined || minPrice(p) >= criteria.priceMin)
      .filter((p) => criteria.priceMax === undefined || minPrice(p) <= criteria.priceMax)
      .filter((p) => !criteria.inStock || p.variants.some((v) => v.available > 0));

    const sorted = [...matches].sort(this.comparator(criteria, terms));
    const start = (criteria.page - 1) * criteria.perPage;
    return {
      items: sorted.slice(start, start + criteria.perPage).map((p) => this.summary(p, categories)),
      total: matches.length,
      facets: facetsOf(matches, categories),
    };
  }

  async getProduct(idOrSlug: string): Promise<ProductDetailView | null> {
    const product = this.visible().find((p) => p.id === idOrSlug || p.slug === idOrSlug);
    if (!product) return null;
    const categories = await this.categories.list();
    return {
      ...this.summary(product, categories),
      description: product.description,
      specifications: product.specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit })),
      images: product.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt })),
      variants: product.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        name: v.name,
        options: { ...v.options },
        price: { ...v.price },
        available: v.available,
      })),
      createdAt: product.createdAt,
      updatedAt: product.updatedAt,
    };
  }

  async listCategories(): Promise<CategoryView[]> {
    const categories = await this.categories.list();
    const products = this.visible();
    return categories
      .map((c) => {
        const ids = subtreeOf(c.id, categories);
        return { ...c, productCount: products.filter((p) => ids.has(p.categoryId)).length };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    const categories = await this.categories.list();
    const wanted = new Set(ids);
    return this.visible()
      .filter((p) => wanted.has(p.id))
      .map((p) => this.summary(p, categories));
  }

  private visible(): ProductSnapshot[] {
    return this.products.snapshots().filter((p) => p.archivedAt === null);
  }

  private rating(id: string): Rating {
    return this.ratings.get(id) ?? { average: 0, count: 0 };
  }

  private summary(p: ProductSnapshot, categories: CategoryRecord[]): ProductSummaryView {
    const category = categories.find((c) => c.id === p.categoryId);
    const cheapest = p.variants.reduce((min, v) => (v.price.amount < min.price.amount ? v : min), p.variants[0]);
    const dearest = p.variants.reduce((max, v) => (v.price.amount > max.price.amount ? v : max), p.variants[0]);
    const first = [...p.images].sort((a, b) => a.position - b.position)[0];
    return {
      id: p.id,
      slug: p.slug,
      name: p.name,
      brand: p.brand,
      category: { id: p.categoryId, slug: category?.slug ?? '', name: category?.name ?? '' },
      price: { ...cheapest.price },
      maxPrice: { ...dearest.price },
      rating: { ...this.rating(p.id) },
      image: first ? { url: first.url, alt: first.alt } : null,
      inStock: p.variants.some((v) => v.available > 0),
    };
  }

  private comparator(criteria: ProductListCriteria, terms: string[]): (a: ProductSnapshot, b: ProductSnapshot) => number {
    const newest = (a: ProductSnapshot, b: ProductSnapshot) =>
      b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);
    switch (criteria.sort) {
      case 'price_asc':
        return (a, b) => minPrice(a) - minPrice(b) || newest(a, b);
      case 'price_desc':
        return (a, b) => minPrice(b) - minPrice(a) || newest(a, b);
      case 'name_asc':
        return (a, b) => a.name.localeCompare(b.name) || newest(a, b);
      case 'rating_desc':
        return (a, b) =>
          this.rating(b.id).average - this.rating(a.id).average || this.rating(b.id).count - this.rating(a.id).count || newest(a, b);
      case 'relevance':
        return (a, b) => relevance(b, terms) - relevance(a, terms) || newest(a, b);
      case 'newest':
      default:
        return newest;
    }
  }
}

/** A category and all its descendants. */
function subtreeOf(id: string, categories: CategoryRecord[]): Set<string> {
  const ids = new Set([id]);
  for (const ancestor of ids) for (const c of categories) if (c.parentId === ancestor) ids.add(c.id);
  return ids;
}

function minPrice(p: ProductSnapshot): number {
  return Math.min(...p.variants.map((v) => v.price.amount));
}

/** Name matches weigh most, then brand, then description (like the weighted tsvector). */
function relevance(p: ProductSnapshot, terms: string[]): number {
  let score = 0;
  for (const term of terms) {
    if (p.name.toLowerCase().includes(term)) score += 4;
    if (p.brand.toLowerCase().includes(term)) score += 2;
    if (p.description.toLowerCase().includes(term)) score += 1;
  }
  return score;
}

function facetsOf(products: ProductSnapshot[], categories: CategoryRecord[]): ProductFacetsView {
  const byCategory = new Map<string, number>();
  const byBrand = new Map<string, number>();
  for (const p of products) {
    const slug = categories.find((c) => c.id === p.categoryId)?.slug;
    if (slug) byCategory.set(slug, (byCategory.get(slug) ?? 0) + 1);
    byBrand.set(p.brand, (byBrand.get(p.brand) ?? 0) + 1);
  }
  const prices = products.map(minPrice);
  const byCountThenName = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));
  return {
    categories: [...byCategory].map(([slug, count]) => ({ slug, count })).sort(byCountThenName((x) => x.slug)),
    brands: [...byBrand].map(([name, count]) => ({ name, count })).sort(byCountThenName((x) => x.name)),
    price: prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : { min: null, max: null },
  };
}
