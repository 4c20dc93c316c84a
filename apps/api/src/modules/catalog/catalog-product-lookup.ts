import type { CatalogReadModel, ProductLookup, VisibleProductRef } from '@devgear/application';

/**
 * The ProductLookup port over the catalog's (cached) read model, for the contexts that refer
 * to products (reviews, wishlist, blog, recommendations) without reading catalog tables.
 */
export class CatalogProductLookup implements ProductLookup {
  constructor(private readonly catalog: CatalogReadModel) {}

  async findVisible(idOrSlug: string): Promise<VisibleProductRef | null> {
    const product = await this.catalog.getProduct(idOrSlug);
    return product ? { id: product.id, slug: product.slug, name: product.name } : null;
  }

  async visibleIds(ids: readonly string[]): Promise<string[]> {
    const uuids = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)).map((id) => id.toLowerCase());
    return (await this.catalog.getSummaries(uuids)).map((p) => p.id);
  }
}
