/** DI tokens for the ports the catalog needs (interfaces have no runtime identity). */
export const FILE_STORAGE = Symbol('FileStorage');
export const CATALOG_READ_MODEL = Symbol('CatalogReadModel');
export const CATALOG_CHANGES = Symbol('CatalogChanges');

/** Told after every committed catalog write, so cached listings are dropped at once. */
export interface CatalogChanges {
  invalidate(): Promise<void>;
}
