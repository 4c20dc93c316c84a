import type { CatalogLiveState } from '../../ports/catalog-live-state.port';
import type {
  CatalogReadModel,
  CategoryView,
  ProductDetailView,
  ProductListCriteria,
  ProductListResult,
  ProductSummaryView,
} from '../../ports/catalog-read-model.port';

/**
 * Overlays the live fields (stock, rating) on what the inner (usually cached) read model
 * returns, so everything else may be served from a cache for longer while stock and
 * ratings are never stale. Returns new objects: cached values are never modified.
 */
export class LiveCatalogReadModel implements CatalogReadModel {
  constructor(
    private readonly inner: CatalogReadModel,
    private readonly live: CatalogLiveState,
  ) {}

  async listProducts(criteria: ProductListCriteria): Promise<ProductListResult> {
    const result = await this.inner.listProducts(criteria);
    return { ...result, items: result.items.map((item) => this.summary(item)) };
  }

  async getProduct(idOrSlug: string): Promise<ProductDetailView | null> {
    const product = await this.inner.getProduct(idOrSlug);
    const live = product ? this.live.get(product.id) : undefined;
    if (!product || !live) return product;
    return {
      ...product,
      inStock: live.inStock,
      rating: { average: live.rating.average, count: live.rating.count },
      variants: product.variants.map((v) => {
        const available = live.available.get(v.id);
        return available === undefined ? v : { ...v, available };
      }),
    };
  }

  listCategories(): Promise<CategoryView[]> {
    return this.inner.listCategories();
  }

  async getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    return (await this.inner.getSummaries(ids)).map((item) => this.summary(item));
  }

  private summary(item: ProductSummaryView): ProductSummaryView {
    const live = this.live.get(item.id);
    if (!live) return item;
    return { ...item, inStock: live.inStock, rating: { average: live.rating.average, count: live.rating.count } };
  }
}
