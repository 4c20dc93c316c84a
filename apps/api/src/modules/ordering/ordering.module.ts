import { Logger, Module } from '@nestjs/common';
import {
  AddCartItemUseCase,
  CancelOrderUseCase,
  GetOrderUseCase,
  ListOrdersUseCase,
  type PaymentGateway,
  PlaceOrderUseCase,
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
import { OrdersController } from './http/orders.controller';
import { PAYMENT_GATEWAY } from './ordering.tokens';
import { LocalPaymentGateway } from '../../adapters/local/local-payment.gateway';
import { StripePaymentGateway } from '../../adapters/stripe/stripe-payment.gateway';
import { CryptoOrderNumberGenerator } from './persistence/crypto-order-number.generator';
import { PrismaIdempotencyStore } from './persistence/prisma-idempotency.store';
import { PrismaOrderRepository } from './persistence/prisma-order.repository';
import { PrismaStockReservations } from './persistence/prisma-stock-reservations';
import { PrismaCartRepository } from './persistence/prisma-cart.repository';
import { PrismaDiscountRepository } from './persistence/prisma-discount.repository';
import { PrismaVariantCatalog } from './persistence/prisma-variant.catalog';

const log = new Logger('Ordering');
/** Failures that must not fail the request (an email, a late refund) are logged, never dropped. */
const errors = { report: (error: unknown, context: Record<string, unknown>) => log.error(`${String((error as Error)?.message ?? error)} ${JSON.stringify(context)}`) };

/** Every port the cart use cases share, built once. */
export const CART_DEPS = Symbol('CART_DEPS');

/** Builds a cart use case from the shared ports (all of them take `CartDeps`). */
const cartUseCase = <T>(UseCase: new (deps: CartDeps) => T) => ({
  provide: UseCase,
  inject: [CART_DEPS],
  useFactory: (deps: CartDeps) => new UseCase(deps),
});

@Module({
  controllers: [CartController, OrdersController],
  providers: [
    PrismaOrderRepository,
    PrismaIdempotencyStore,
    PrismaStockReservations,
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PaymentGateway =>
        config.stripe ? new StripePaymentGateway({ secretKey: config.stripe.secretKey }) : new LocalPaymentGateway(),
    },
    {
      provide: PlaceOrderUseCase,
      inject: [CART_DEPS, PrismaStockReservations, PrismaOrderRepository, PAYMENT_GATEWAY, PrismaIdempotencyStore],
      useFactory: (cart: CartDeps, stock: PrismaStockReservations, orders: PrismaOrderRepository, gateway: PaymentGateway, idempotency: PrismaIdempotencyStore) =>
        new PlaceOrderUseCase({ ...cart, stock, orders, gateway, idempotency, orderNumbers: new CryptoOrderNumberGenerator(), errors }),
    },
    {
      provide: CancelOrderUseCase,
      inject: [PrismaOrderRepository, PrismaStockReservations, PrismaDiscountRepository, PAYMENT_GATEWAY],
      useFactory: (orders: PrismaOrderRepository, stock: PrismaStockReservations, discounts: PrismaDiscountRepository, gateway: PaymentGateway) =>
        new CancelOrderUseCase({ orders, stock, discounts, gateway, clock: new SystemClock(), errors }),
    },
    { provide: GetOrderUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new GetOrderUseCase({ orders }) },
    { provide: ListOrdersUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new ListOrdersUseCase({ orders }) },
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
  exports: [PrismaCartRepository, PrismaDiscountRepository, PrismaVariantCatalog, PricingService, CART_DEPS, PAYMENT_GATEWAY, PrismaOrderRepository],
})
export class OrderingModule {}
