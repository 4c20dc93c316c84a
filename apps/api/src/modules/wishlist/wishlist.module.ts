import { Module } from '@nestjs/common';
import { AddToWishlistUseCase, GetWishlistUseCase, RemoveFromWishlistUseCase, type CatalogReadModel } from '@devgear/application';
import { systemClock } from '../../platform/system/system-services';
import { CatalogModule } from '../catalog/catalog.module';
import { CatalogProductLookup } from '../catalog/catalog.public';
import { CATALOG_READ_MODEL } from '../catalog/catalog.tokens';
import { WishlistController } from './http/wishlist.controller';
import { PrismaWishlistRepository } from './persistence/prisma-wishlist.repository';

@Module({
  imports: [CatalogModule],
  controllers: [WishlistController],
  providers: [
    PrismaWishlistRepository,
    {
      provide: AddToWishlistUseCase,
      inject: [PrismaWishlistRepository, CATALOG_READ_MODEL],
      useFactory: (wishlists: PrismaWishlistRepository, catalog: CatalogReadModel) =>
        new AddToWishlistUseCase({ wishlists, products: new CatalogProductLookup(catalog), clock: systemClock }),
    },
    { provide: RemoveFromWishlistUseCase, inject: [PrismaWishlistRepository], useFactory: (wishlists: PrismaWishlistRepository) => new RemoveFromWishlistUseCase({ wishlists }) },
    {
      provide: GetWishlistUseCase,
      inject: [PrismaWishlistRepository, CATALOG_READ_MODEL],
      useFactory: (wishlists: PrismaWishlistRepository, catalog: CatalogReadModel) => new GetWishlistUseCase({ wishlists, catalog }),
    },
  ],
})
export class WishlistModule {}
