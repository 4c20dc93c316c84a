import { CatalogErrorCodes, DomainError } from '@devgear/domain';
import type { Clock } from '../ports/clock.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { ProductLookup, VisibleProductRef } from '../ports/product-lookup.port';
import type { PurchaseHistory } from '../ports/purchase-history.port';
import type { ReviewReadModel } from '../ports/review-read-model.port';
import type { ReviewRepository } from '../ports/review-repository.port';

/** The ports the review use cases share. */
export interface ReviewDeps {
  reviews: ReviewRepository;
  read: ReviewReadModel;
  products: ProductLookup;
  purchases: PurchaseHistory;
  ids: IdGenerator;
  clock: Clock;
}

/** A product a shopper can see, by id or slug; 404 otherwise (archived ones included). */
export async function visibleProduct(products: ProductLookup, idOrSlug: string): Promise<VisibleProductRef> {
  const key = typeof idOrSlug === 'string' ? idOrSlug.trim() : '';
  const product = key ? await products.findVisible(key) : null;
  if (!product) throw new DomainError(CatalogErrorCodes.PRODUCT_NOT_FOUND, 'Product not found', 'not_found');
  return product;
}
