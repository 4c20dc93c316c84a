// Ports
export * from './ports/clock.port';
export * from './ports/id-generator.port';
export * from './ports/product-repository.port';
export * from './ports/category-repository.port';
export * from './ports/catalog-read-model.port';
export * from './ports/password-hasher.port';
export * from './ports/user-repository.port';
export * from './ports/file-storage.port';

// Catalog use cases
export * from './catalog/browse-products/browse-products.use-case';
export * from './catalog/get-product/get-product.use-case';
export * from './catalog/list-categories/list-categories.use-case';
export * from './catalog/create-product/create-product.use-case';

// Identity use cases
export * from './identity/ensure-admin/ensure-admin.use-case';

// In-memory adapters for tests (also used by the api's tests)
export * from './testing';
export * from './ports/file-storage.port';
export * from './ports/cache.port';
export * from './catalog/cached-read-model/cached-catalog.read-model';
