import path from 'node:path';
import { Module } from '@nestjs/common';
import {
  BrowseProductsUseCase,
  CachedCatalogReadModel,
  type Cache,
  type CatalogReadModel,
  CreateProductUseCase,
  GetProductUseCase,
  ListCategoriesUseCase,
} from '@devgear/application';
import { CACHE } from '../../platform/cache/cache.module';
import { SystemClock, UuidGenerator } from '../../adapters/system/system-clock';
import { LocalFileStorage } from '../../adapters/local/local-file-storage';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CatalogController } from './http/catalog.controller';
import { CATALOG_CHANGES, CATALOG_READ_MODEL, CatalogChanges, FILE_STORAGE } from './catalog.tokens';
import { PrismaCatalogReadModel } from './persistence/prisma-catalog.read-model';
import { PrismaCategoryRepository } from './persistence/prisma-category.repository';
import { PrismaProductRepository } from './persistence/prisma-product.repository';

@Module({
  controllers: [CatalogController],
  providers: [
    PrismaCatalogReadModel,
    PrismaCategoryRepository,
    PrismaProductRepository,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(path.join(config.dataDir, 'media')),
    },
    {
      // CATALOG_CACHE_TTL=0 turns the cache off (reads go straight to PostgreSQL).
      provide: CATALOG_READ_MODEL,
      inject: [PrismaCatalogReadModel, CACHE, APP_CONFIG],
      useFactory: (read: PrismaCatalogReadModel, cache: Cache, config: AppConfig): CatalogReadModel =>
        config.catalogCacheTtlSeconds > 0 ? new CachedCatalogReadModel(read, cache, { ttlSeconds: config.catalogCacheTtlSeconds, versionTtlMs: 1000 }) : read,
    },
    {
      provide: CATALOG_CHANGES,
      inject: [CATALOG_READ_MODEL],
      useFactory: (read: CatalogReadModel): CatalogChanges => ({
        invalidate: () => (read instanceof CachedCatalogReadModel ? read.invalidate() : Promise.resolve()),
      }),
    },
    {
      provide: BrowseProductsUseCase,
      inject: [CATALOG_READ_MODEL],
      // The category tree comes from the read model, so it is cached with the listings.
      useFactory: (read: CatalogReadModel) => new BrowseProductsUseCase(read, { list: () => read.listCategories() }),
    },
    { provide: GetProductUseCase, inject: [CATALOG_READ_MODEL], useFactory: (read: CatalogReadModel) => new GetProductUseCase(read) },
    {
      provide: CreateProductUseCase,
      inject: [PrismaProductRepository, PrismaCategoryRepository, APP_CONFIG],
      useFactory: (products: PrismaProductRepository, categories: PrismaCategoryRepository, config: AppConfig) =>
        new CreateProductUseCase(products, categories, new UuidGenerator(), new SystemClock(), { storeCurrency: config.pricing.currency }),
    },
    { provide: ListCategoriesUseCase, inject: [CATALOG_READ_MODEL], useFactory: (read: CatalogReadModel) => new ListCategoriesUseCase(read) },
  ],
  exports: [PrismaProductRepository, PrismaCategoryRepository, FILE_STORAGE, CATALOG_CHANGES, CATALOG_READ_MODEL],
})
export class CatalogModule {}
