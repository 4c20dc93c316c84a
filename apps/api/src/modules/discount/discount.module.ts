import { Module } from '@nestjs/common';
import {
  CreateDiscountUseCase,
  DeleteDiscountUseCase,
  type DiscountAdminDeps,
  type DiscountRepository,
  ListDiscountsUseCase,
  UpdateDiscountUseCase,
} from '@devgear/application';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { AdminDiscountsController } from './http/admin-discounts.controller';
import { PrismaDiscountRepository } from './persistence/prisma-discount.repository';
import { DISCOUNT_REPOSITORY } from './discount.tokens';

/** Every port the admin's discount use cases share, built once. */
const DISCOUNT_ADMIN_DEPS = Symbol('DISCOUNT_ADMIN_DEPS');

/** Discount codes: the admin's CRUD (/admin/discounts) and the repository carts and checkout use. */
@Module({
  controllers: [AdminDiscountsController],
  providers: [
    PrismaDiscountRepository,
    { provide: DISCOUNT_REPOSITORY, useExisting: PrismaDiscountRepository },
    {
      provide: DISCOUNT_ADMIN_DEPS,
      inject: [DISCOUNT_REPOSITORY],
      useFactory: (discounts: DiscountRepository): DiscountAdminDeps => ({ discounts, ids: uuidIds, clock: systemClock }),
    },
    {
      provide: CreateDiscountUseCase,
      inject: [DISCOUNT_ADMIN_DEPS, APP_CONFIG],
      useFactory: (deps: DiscountAdminDeps, config: AppConfig) => new CreateDiscountUseCase(deps, { storeCurrency: config.pricing.currency }),
    },
    {
      provide: UpdateDiscountUseCase,
      inject: [DISCOUNT_ADMIN_DEPS, APP_CONFIG],
      useFactory: (deps: DiscountAdminDeps, config: AppConfig) => new UpdateDiscountUseCase(deps, { storeCurrency: config.pricing.currency }),
    },
    { provide: DeleteDiscountUseCase, inject: [DISCOUNT_ADMIN_DEPS], useFactory: (deps: DiscountAdminDeps) => new DeleteDiscountUseCase(deps) },
    { provide: ListDiscountsUseCase, inject: [DISCOUNT_REPOSITORY], useFactory: (discounts: DiscountRepository) => new ListDiscountsUseCase({ discounts }) },
  ],
  exports: [DISCOUNT_REPOSITORY],
})
export class DiscountModule {}
