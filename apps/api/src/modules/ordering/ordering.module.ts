import { Logger, Module } from '@nestjs/common';
import {
  AddCartItemUseCase,
  CancelOrderUseCase,
  ConfirmPaymentFromWebhookUseCase,
  ExpireUnpaidOrdersUseCase,
  SendOrderConfirmationUseCase,
  type Mailer,
  AdvanceOrderStatusUseCase,
  CreateDiscountUseCase,
  UpdateDiscountUseCase,
  DeleteDiscountUseCase,
  ListDiscountsUseCase,
  type DiscountAdminDeps,
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
import { STORE_NAME } from '../../platform/config/config';
import { MAILER } from '../identity/identity.tokens';
import { OrderingJobs } from './ordering-jobs';
import { CartController } from './http/cart.controller';
import { OrdersController } from './http/orders.controller';
import { PAYMENT_GATEWAY } from './ordering.tokens';
import { LocalPaymentGateway } from '../../adapters/local/local-payment.gateway';
import { StripePaymentGateway } from '../../adapters/stripe/stripe-payment.gateway';
import { CryptoOrderNumberGenerator } from './persistence/crypto-order-number.generator';
import { PrismaIdempotencyStore } from './persistence/prisma-idempotency.store';
import { PrismaOrderRepository } from './persistence/prisma-order.repository';
import { PrismaProcessedEventStore } from './persistence/prisma-processed-event.store';
import { StripeWebhookController } from './http/stripe-webhook.controller';
import { AdminOrdersController } from './http/admin-orders.controller';
import { AdminDiscountsController } from './http/admin-discounts.controller';
import { FulfillmentController, PartnerGuard } from './http/fulfillment.controller';
import { PrismaStockReservations } from './persistence/prisma-stock-reservations';
import { PrismaCartRepository } from './persistence/prisma-cart.repository';
import { PrismaDiscountRepository } from './persistence/prisma-discount.repository';
import { PrismaVariantCatalog } from './persistence/prisma-variant.catalog';

const log = new Logger('Ordering');
/** Failures that must not fail the request (an email, a late refund) are logged, never dropped. */
const errors = { report: (error: unknown, context: Record<string, unknown>) => log.error(`${String((error as Error)?.message ?? error)} ${JSON.stringify(context)}`) };

/** Every port the cart use cases share, built once. */
export const CART_DEPS = Symbol('CART_DEPS');
const DISCOUNT_ADMIN_DEPS = Symbol('DISCOUNT_ADMIN_DEPS');

/** Builds a cart use case from the shared ports (all of them take `CartDeps`). */
const cartUseCase = <T>(UseCase: new (deps: CartDeps) => T) => ({
  provide: UseCase,
  inject: [CART_DEPS],
  useFactory: (deps: CartDeps) => new UseCase(deps),
});

@Module({
  controllers: [CartController, OrdersController, StripeWebhookController, AdminOrdersController, AdminDiscountsController, FulfillmentController],
  providers: [
    PrismaOrderRepository,
    PrismaIdempotencyStore,
    PrismaStockReservations,
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PaymentGateway => {
        if (!config.stripe) return new LocalPaymentGateway();
        const api = config.stripe.apiUrl ? new URL(config.stripe.apiUrl) : null;
        return new StripePaymentGateway({
          secretKey: config.stripe.secretKey,
          ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
        });
      },
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
    PrismaProcessedEventStore,
    PartnerGuard,
    {
      provide: ExpireUnpaidOrdersUseCase,
      inject: [PrismaOrderRepository, PrismaStockReservations, PrismaDiscountRepository, PAYMENT_GATEWAY, APP_CONFIG],
      useFactory: (orders: PrismaOrderRepository, stock: PrismaStockReservations, discounts: PrismaDiscountRepository, gateway: PaymentGateway, config: AppConfig) =>
        new ExpireUnpaidOrdersUseCase({ orders, stock, discounts, gateway, clock: new SystemClock(), errors }, { timeoutMinutes: config.orderPaymentTimeoutMinutes }),
    },
    {
      provide: SendOrderConfirmationUseCase,
      inject: [PrismaOrderRepository, MAILER, PrismaProcessedEventStore, APP_CONFIG],
      useFactory: (orders: PrismaOrderRepository, mailer: Mailer, sent: PrismaProcessedEventStore, config: AppConfig) =>
        new SendOrderConfirmationUseCase({ orders, mailer, sent, clock: new SystemClock() }, { storeName: STORE_NAME, storeUrl: config.appUrl }),
    },
    OrderingJobs,
    {
      provide: AdvanceOrderStatusUseCase,
      inject: [PrismaOrderRepository],
      useFactory: (orders: PrismaOrderRepository) => new AdvanceOrderStatusUseCase({ orders, clock: new SystemClock() }),
    },
    {
      provide: DISCOUNT_ADMIN_DEPS,
      inject: [PrismaDiscountRepository],
      useFactory: (discounts: PrismaDiscountRepository): DiscountAdminDeps => ({ discounts, ids: new UuidGenerator(), clock: new SystemClock() }),
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
    { provide: ListDiscountsUseCase, inject: [PrismaDiscountRepository], useFactory: (discounts: PrismaDiscountRepository) => new ListDiscountsUseCase({ discounts }) },
    {
      provide: ConfirmPaymentFromWebhookUseCase,
      inject: [PrismaOrderRepository, PrismaCartRepository, PrismaStockReservations, PrismaDiscountRepository, PAYMENT_GATEWAY, PrismaProcessedEventStore],
      useFactory: (
        orders: PrismaOrderRepository,
        carts: PrismaCartRepository,
        stock: PrismaStockReservations,
        discounts: PrismaDiscountRepository,
        gateway: PaymentGateway,
        processedEvents: PrismaProcessedEventStore,
      ) => new ConfirmPaymentFromWebhookUseCase({ orders, carts, stock, discounts, gateway, processedEvents, clock: new SystemClock(), errors }),
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
  exports: [OrderingJobs, PrismaCartRepository, PrismaDiscountRepository, PrismaVariantCatalog, PricingService, CART_DEPS, PAYMENT_GATEWAY, PrismaOrderRepository],
})
export class OrderingModule {}
