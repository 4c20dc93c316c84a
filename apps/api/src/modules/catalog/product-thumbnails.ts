import type { CatalogReadModel } from '@devgear/application';
import type { LineImageDto } from '@devgear/contracts';
import { isUuid } from '../../platform/system/system-services';

/**
 * The picture a cart or order line shows: its product's first image, from the catalog's (cached)
 * read model. Products no longer sold (archived, removed) and products without images have none.
 */
export class ProductThumbnails {
  constructor(private readonly catalog: CatalogReadModel) {}

  /** productId -> image, for those of `productIds` that have one. */
  async of(productIds: readonly string[]): Promise<ReadonlyMap<string, LineImageDto>> {
    const ids = [...new Set(productIds.filter(isUuid).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return new Map();
    const summaries = await this.catalog.getSummaries(ids);
    return new Map(summaries.flatMap((p) => (p.image ? [[p.id, { url: p.image.url, alt: p.image.alt }] as const] : [])));
  }
}
