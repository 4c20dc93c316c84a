import { Module } from '@nestjs/common';
import {
  AddCartItemUseCase,
  ApplyDiscountCodeUseCase,
  type CartDeps,
  GetCartUseCase,
  RemoveCartItemUseCase,
  RemoveDiscountUseCase,
  UpdateCartItemUseCase,
} from '@devgear/application';
import { PricingService } from '@devgear/domain';
import { SystemClock, UuidGenerator } from '../../adapters/system/system-clock';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CartController } from './http/cart.controller';
import { PrismaCartRepository } from './persistence/prisma-cart.repository';
import { PrismaDiscountRepository } from './persistence/prisma-discount.repository';
import { PrismaVariantCatalog } from './persistence/prisma-variant.catalog';

/** Every port the cart use cases share, built once. */
export const CART_DEPS = Symbol('CART_DEPS');

/** Builds a cart use case from the shared ports (all of them take `CartDeps`). */
const cartUseCase = <T>(UseCase: new (deps: CartDeps) => T) => ({
  provide: UseCase,
  inject: [CART_DEPS],
  useFactory: (deps: CartDeps) => new UseCase(deps),
});

@Module({
  controllers: [CartController],
  providers: [
    PrismaCartRepository,
    PrismaDiscountRepository,
    PrismaVariantCatalog,
    {
      provide: PricingService,
      inject: [APP_CONFIG],
      // STORE_CURRENCY, SHIPPING_FLAT_RATE, FREE_SHIPPING_THRESHOLD, TAX_RATE_BPS.
      useFactory: (config: AppConfig) => new PricingService(config.pricing),
    },
    {
      provide: CART_DEPS,
      inject: [PrismaCartRepository, PrismaVariantCatalog, PrismaDiscountRepository, PricingService],
      useFactory: (carts: PrismaCartRepository, catalog: PrismaVariantCatalog, discounts: PrismaDiscountRepository, pricing: PricingService): CartDeps => ({
        carts,
        catalog,
        discounts,
        pricing,
        ids: new UuidGenerator(),
        clock: new SystemClock(),
      }),
    },
    cartUseCase(GetCartUseCase),
    cartUseCase(AddCartItemUseCase),
    cartUseCase(UpdateCartItemUseCase),
    cartUseCase(RemoveCartItemUseCase),
    cartUseCase(ApplyDiscountCodeUseCase),
    cartUseCase(RemoveDiscountUseCase),
  ],
  exports: [PrismaCartRepository, PrismaDiscountRepository, PrismaVariantCatalog, PricingService, CART_DEPS],
})
export class OrderingModule {}
