import type { CatalogReadModel, ProductLookup, VisibleProductRef } from '@devgear/application';
import { isUuid } from '../../platform/system/system-services';

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
    const uuids = ids.filter(isUuid).map((id) => id.toLowerCase());
    return (await this.catalog.getSummaries(uuids)).map((p) => p.id);
  }
}
