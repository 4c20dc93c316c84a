import path from 'node:path';
import { Module } from '@nestjs/common';
import { BrowseProductsUseCase, CreateProductUseCase, GetProductUseCase, ListCategoriesUseCase } from '@devgear/application';
import { SystemClock, UuidGenerator } from '../../adapters/system/system-clock';
import { LocalFileStorage } from '../../adapters/local/local-file-storage';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CatalogController } from './http/catalog.controller';
import { FILE_STORAGE } from './catalog.tokens';
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
      provide: BrowseProductsUseCase,
      inject: [PrismaCatalogReadModel, PrismaCategoryRepository],
      useFactory: (read: PrismaCatalogReadModel, categories: PrismaCategoryRepository) => new BrowseProductsUseCase(read, categories),
    },
    { provide: GetProductUseCase, inject: [PrismaCatalogReadModel], useFactory: (read: PrismaCatalogReadModel) => new GetProductUseCase(read) },
    {
      provide: CreateProductUseCase,
      inject: [PrismaProductRepository, PrismaCategoryRepository, APP_CONFIG],
      useFactory: (products: PrismaProductRepository, categories: PrismaCategoryRepository, config: AppConfig) =>
        new CreateProductUseCase(products, categories, new UuidGenerator(), new SystemClock(), { storeCurrency: config.pricing.currency }),
    },
    { provide: ListCategoriesUseCase, inject: [PrismaCatalogReadModel], useFactory: (read: PrismaCatalogReadModel) => new ListCategoriesUseCase(read) },
  ],
  exports: [PrismaProductRepository, PrismaCategoryRepository, FILE_STORAGE],
})
export class CatalogModule {}
