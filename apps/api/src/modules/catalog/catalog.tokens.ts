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
