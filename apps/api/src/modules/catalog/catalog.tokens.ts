/** DI tokens for the ports the catalog needs (interfaces have no runtime identity). */
export const FILE_STORAGE = Symbol('FileStorage');
export const CATALOG_READ_MODEL = Symbol('CatalogReadModel');
export const CATALOG_CHANGES = Symbol('CatalogChanges');
/** The CachedCatalogReadModel, or null with CATALOG_CACHE_TTL=0. */
export const CATALOG_CACHE = Symbol('CatalogCache');
/** The CatalogChangeFollower (live stock and ratings), or null with CATALOG_CACHE_TTL=0 (nothing cached, nothing to overlay). */
export const CATALOG_LIVE_STATE = Symbol('CatalogLiveState');

/** Told after every committed catalog write, so cached listings are dropped at once. */
export interface CatalogChanges {
  invalidate(): Promise<void>;
}
