import { LogErrorReporter } from '../../platform/logging/log-error-reporter';
import path from 'node:path';
import { Module } from '@nestjs/common';
import {
  BrowseProductsUseCase,
  CachedCatalogReadModel,
  LiveCatalogReadModel,
  type Cache,
  type CatalogReadModel,
  CreateProductUseCase,
  UpdateProductUseCase,
  ArchiveProductUseCase,
  SetVariantStockUseCase,
  ProductImagesUseCase,
  type FileStorage,
  GetProductUseCase,
  ListCategoriesUseCase,
} from '@devgear/application';
import { CACHE } from '../../platform/cache/cache.module';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { LocalFileStorage } from '../../adapters/local/local-file-storage';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { S3FileStorage } from '../../adapters/s3/s3-file-storage';
import { AdminProductsController } from './http/admin-products.controller';
import { PrismaProductRatings } from './persistence/prisma-product-ratings';
import { PrismaStockLevels } from './persistence/prisma-stock-levels';
import { PrismaStockReservations } from './persistence/prisma-stock-reservations';
import { PrismaVariantCatalog } from './persistence/prisma-variant.catalog';
import { CatalogController } from './http/catalog.controller';
import { ProductThumbnails } from './product-thumbnails';
import { CATALOG_CACHE, CATALOG_CHANGES, CATALOG_LIVE_STATE, CATALOG_READ_MODEL, CatalogChanges, FILE_STORAGE, PRODUCT_RATINGS, STOCK_RESERVATIONS, VARIANT_CATALOG } from './catalog.tokens';
import { CatalogChangeFollower } from './persistence/catalog-change-follower';
import { PrismaService } from '../../platform/database/prisma.service';
import { PrismaCatalogReadModel } from './persistence/prisma-catalog.read-model';
import { PrismaCategoryRepository } from './persistence/prisma-category.repository';
import { PrismaProductRepository } from './persistence/prisma-product.repository';


@Module({
  controllers: [CatalogController, AdminProductsController],
  providers: [
    PrismaCatalogReadModel,
    PrismaCategoryRepository,
    PrismaProductRepository,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      // S3 (or MinIO) with S3_BUCKET; files under DATA_DIR/media otherwise. Either way browsers fetch /media/<key>.
      useFactory: (config: AppConfig): FileStorage =>
        config.s3 ? new S3FileStorage(config.s3) : new LocalFileStorage(path.join(config.dataDir, 'media')),
    },
    {
      // Stock and ratings stay fresh through the database's change log; only needed when something is cached.
      provide: CATALOG_LIVE_STATE,
      inject: [PrismaService, APP_CONFIG],
      useFactory: (prisma: PrismaService, config: AppConfig): CatalogChangeFollower | null =>
        // LISTEN on the database the app runs on (DATABASE_URL or the embedded server's).
        config.catalogCacheTtlSeconds > 0 ? new CatalogChangeFollower(prisma, { listenUrl: prisma.pool.options.connectionString ?? null }) : null,
    },
    {
      // CATALOG_CACHE_TTL=0 turns the cache off (reads go straight to PostgreSQL).
      provide: CATALOG_CACHE,
      inject: [PrismaCatalogReadModel, CACHE, APP_CONFIG, CATALOG_LIVE_STATE],
      useFactory: (read: PrismaCatalogReadModel, cache: Cache, config: AppConfig, live: CatalogChangeFollower | null): CachedCatalogReadModel | null =>
        config.catalogCacheTtlSeconds > 0 && live
          ? new CachedCatalogReadModel(read, cache, { ttlSeconds: config.catalogCacheTtlSeconds, versionTtlMs: 1000, liveGeneration: () => live.generation() })
          : null,
    },
    {
      // Cached reads overlaid with live stock and ratings (CONTRACT.md "Freshness").
      provide: CATALOG_READ_MODEL,
      inject: [PrismaCatalogReadModel, CATALOG_CACHE, CATALOG_LIVE_STATE],
      useFactory: (read: PrismaCatalogReadModel, cached: CachedCatalogReadModel | null, live: CatalogChangeFollower | null): CatalogReadModel =>
        cached && live ? new LiveCatalogReadModel(cached, live) : read,
    },
    {
      provide: CATALOG_CHANGES,
      inject: [CATALOG_CACHE, CATALOG_LIVE_STATE],
      useFactory: (cached: CachedCatalogReadModel | null, live: CatalogChangeFollower | null): CatalogChanges => ({
        // Also the live fields: an edit may have set stock, and fresh data must not be overlaid with older stock.
        invalidate: async () => {
          await cached?.invalidate();
          await live?.poll();
        },
        liveFieldsChanged: async () => {
          await live?.poll();
        },
      }),
    },
    {
      provide: BrowseProductsUseCase,
      inject: [CATALOG_READ_MODEL],
      useFactory: (read: CatalogReadModel) => new BrowseProductsUseCase(read),
    },
    { provide: GetProductUseCase, inject: [CATALOG_READ_MODEL], useFactory: (read: CatalogReadModel) => new GetProductUseCase(read) },
    {
      provide: CreateProductUseCase,
      inject: [PrismaProductRepository, PrismaCategoryRepository, APP_CONFIG],
      useFactory: (products: PrismaProductRepository, categories: PrismaCategoryRepository, config: AppConfig) =>
        new CreateProductUseCase(products, categories, uuidIds, systemClock, { storeCurrency: config.pricing.currency }),
    },
    PrismaStockLevels,
    { provide: STOCK_RESERVATIONS, useClass: PrismaStockReservations },
    { provide: VARIANT_CATALOG, useClass: PrismaVariantCatalog },
    { provide: PRODUCT_RATINGS, useClass: PrismaProductRatings },
    {
      provide: ProductImagesUseCase,
      inject: [PrismaProductRepository, FILE_STORAGE],
      useFactory: (products: PrismaProductRepository, storage: FileStorage) =>
        new ProductImagesUseCase({ products, storage, ids: uuidIds, clock: systemClock, errors: new LogErrorReporter('ProductImages') }),
    },
    {
      provide: UpdateProductUseCase,
      inject: [PrismaProductRepository, PrismaCategoryRepository, APP_CONFIG],
      useFactory: (products: PrismaProductRepository, categories: PrismaCategoryRepository, config: AppConfig) =>
        new UpdateProductUseCase({ products, categories, ids: uuidIds, clock: systemClock }, { storeCurrency: config.pricing.currency }),
    },
    {
      provide: ArchiveProductUseCase,
      inject: [PrismaProductRepository],
      useFactory: (products: PrismaProductRepository) => new ArchiveProductUseCase({ products, clock: systemClock }),
    },
    {
      provide: SetVariantStockUseCase,
      inject: [PrismaStockLevels],
      useFactory: (stock: PrismaStockLevels) => new SetVariantStockUseCase({ stock, ids: uuidIds, clock: systemClock }),
    },
    { provide: ListCategoriesUseCase, inject: [CATALOG_READ_MODEL], useFactory: (read: CatalogReadModel) => new ListCategoriesUseCase(read) },
    { provide: ProductThumbnails, inject: [CATALOG_READ_MODEL], useFactory: (read: CatalogReadModel) => new ProductThumbnails(read) },
  ],
  exports: [ProductThumbnails, PrismaProductRepository, PrismaCategoryRepository, FILE_STORAGE, CATALOG_CHANGES, CATALOG_READ_MODEL, CATALOG_CACHE, CATALOG_LIVE_STATE, STOCK_RESERVATIONS, VARIANT_CATALOG, PRODUCT_RATINGS],
})
export class CatalogModule {}
