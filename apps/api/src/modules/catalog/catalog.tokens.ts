import type { RatingDelta } from '@devgear/domain';

/** DI tokens for the ports the catalog needs (interfaces have no runtime identity). */
export const FILE_STORAGE = Symbol('FileStorage');
export const CATALOG_READ_MODEL = Symbol('CatalogReadModel');
export const CATALOG_CHANGES = Symbol('CatalogChanges');
/** The CachedCatalogReadModel, or null with CATALOG_CACHE_TTL=0. */
export const CATALOG_CACHE = Symbol('CatalogCache');
/** The CatalogChangeFollower (live stock and ratings), or null with CATALOG_CACHE_TTL=0 (nothing cached, nothing to overlay). */
export const CATALOG_LIVE_STATE = Symbol('CatalogLiveState');

/** Told after committed catalog writes, so that no instance serves them stale. */
export interface CatalogChanges {
  /**
   * A catalog edit (names, prices, variants, images, archiving...): every cached listing and
   * product is dropped, at once here and within a second on the other instances.
   */
  invalidate(): Promise<void>;
  /**
   * Only live fields changed (stock, ratings): nothing needs dropping; this instance reads the
   * change log now so its next answer already shows the change (the others follow the log).
   */
  liveFieldsChanged(): Promise<void>;
}

/**
 * The inventory's ports for other contexts (catalog owns `variants`, `products` and
 * `stock_reservations`): stock held and released for orders (StockReservations), what carts and
 * checkout may buy at which price (VariantCatalog), and the rating that review changes move
 * (ProductRatings). Each joins the caller's unit of work.
 */
export const STOCK_RESERVATIONS = Symbol('StockReservations');
export const VARIANT_CATALOG = Symbol('VariantCatalog');
export const PRODUCT_RATINGS = Symbol('ProductRatings');

export interface ProductRatings {
  /** Moves the product's rating by a review change's delta, in the caller's transaction. */
  apply(productId: string, delta: RatingDelta): Promise<void>;
}
