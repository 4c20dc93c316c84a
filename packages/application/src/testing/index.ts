export * from './fixed-clock';
export * from './sequential-id-generator';
export * from './fake-password-hasher';
export * from './in-memory-product.repository';
export * from './in-memory-category.repository';
export * from './in-memory-user.repository';
export * from './in-memory-catalog.read-model';
export * from './product.fixture';
