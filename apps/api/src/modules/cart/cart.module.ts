import { Module } from '@nestjs/common';
import {
  AddCartItemUseCase,
  ApplyDiscountCodeUseCase,
  type CartDeps,
  type CartRepository,
  type DiscountRepository,
  GetCartUseCase,
  type GuestCartStore,
  MergeGuestCartUseCase,
  RemoveCartItemUseCase,
  RemoveDiscountUseCase,
  UpdateCartItemUseCase,
  type VariantCatalog,
} from '@devgear/application';
import { PricingService } from '@devgear/domain';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { PrismaService } from '../../platform/database/prisma.service';
import { PrismaUnitOfWork } from '../../platform/database/prisma-unit-of-work';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { CatalogModule } from '../catalog/catalog.module';
import { VARIANT_CATALOG } from '../catalog/catalog.tokens';
import { DiscountModule } from '../discount/discount.module';
import { DISCOUNT_REPOSITORY } from '../discount/discount.tokens';
import { CartController, GuestCartsController } from './http/cart.controller';
import { PrismaCartRepository } from './persistence/prisma-cart.repository';
import { PrismaGuestCartStore } from './persistence/prisma-guest-cart.store';
import { CART_REPOSITORY, GUEST_CARTS } from './cart.tokens';

/** Every port the cart use cases share, built once. */
const CART_DEPS = Symbol('CART_DEPS');

/** Builds a cart use case from the shared ports (all of them take `CartDeps`). */
const cartUseCase = <T>(UseCase: new (deps: CartDeps) => T) => ({
  provide: UseCase,
  inject: [CART_DEPS],
  useFactory: (deps: CartDeps) => new UseCase(deps),
});

/**
 * Carts (signed-in and guest): lines priced through the catalog's VARIANT_CATALOG, a discount code
 * looked up through discount's DISCOUNT_REPOSITORY. Exports the CartRepository (checkout empties
 * the cart) and the store's PricingService (checkout quotes with the same prices and rates).
 */
@Module({
  controllers: [CartController, GuestCartsController],
  imports: [CatalogModule, DiscountModule],
  providers: [
    PrismaCartRepository,
    { provide: CART_REPOSITORY, useExisting: PrismaCartRepository },
    { provide: GUEST_CARTS, inject: [PrismaService], useFactory: (prisma: PrismaService): GuestCartStore => new PrismaGuestCartStore(prisma) },
    {
      provide: PricingService,
      inject: [APP_CONFIG],
      // STORE_CURRENCY, SHIPPING_FLAT_RATE, FREE_SHIPPING_THRESHOLD, TAX_RATE_BPS.
      useFactory: (config: AppConfig) => new PricingService(config.pricing),
    },
    {
      provide: CART_DEPS,
      inject: [CART_REPOSITORY, VARIANT_CATALOG, DISCOUNT_REPOSITORY, PricingService],
      useFactory: (carts: CartRepository, catalog: VariantCatalog, discounts: DiscountRepository, pricing: PricingService): CartDeps => ({
        carts,
        catalog,
        discounts,
        pricing,
        ids: uuidIds,
        clock: systemClock,
      }),
    },
    cartUseCase(GetCartUseCase),
    cartUseCase(AddCartItemUseCase),
    cartUseCase(UpdateCartItemUseCase),
    cartUseCase(RemoveCartItemUseCase),
    cartUseCase(ApplyDiscountCodeUseCase),
    cartUseCase(RemoveDiscountUseCase),
    {
      provide: MergeGuestCartUseCase,
      inject: [CART_DEPS, GUEST_CARTS, PrismaUnitOfWork],
      useFactory: (deps: CartDeps, guests: GuestCartStore, uow: PrismaUnitOfWork) => new MergeGuestCartUseCase({ ...deps, guests, uow }),
    },
  ],
  exports: [CART_REPOSITORY, PricingService],
})
export class CartModule {}
