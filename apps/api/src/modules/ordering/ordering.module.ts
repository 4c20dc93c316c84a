import { LogErrorReporter } from '../../platform/logging/log-error-reporter';
import { Module } from '@nestjs/common';
import {
  AddCartItemUseCase,
  type CrashPoints,
  type OrderSettlementDeps,
  RefundOrderUseCase,
  SettleInterruptedCheckoutsUseCase,
  CancelOrderUseCase,
  ConfirmPaymentFromWebhookUseCase,
  ExpireUnpaidOrdersUseCase,
  SendOrderConfirmationUseCase,
  SendOrderUpdateEmailUseCase,
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
  MergeGuestCartUseCase,
  type GuestCartStore,
  type StockReservations,
  type VariantCatalog,
} from '@devgear/application';
import { PricingService } from '@devgear/domain';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { STORE_NAME } from '../../platform/config/config';
import { MAILER } from '../identity/identity.tokens';
import { OrderingJobs } from './ordering-jobs';
import { EnvCrashPoints } from '../../platform/crash/env-crash-points';
import { PrismaService } from '../../platform/database/prisma.service';
import { PrismaUnitOfWork } from '../../platform/database/prisma-unit-of-work';
import { CartController, GuestCartsController } from './http/cart.controller';
import { PrismaGuestCartStore } from './persistence/prisma-guest-cart.store';
import { OrdersController } from './http/orders.controller';
import { GUEST_CARTS, ORDER_LOOKUP, PAYMENT_GATEWAY, PURCHASE_HISTORY } from './ordering.tokens';
import { CatalogModule } from '../catalog/catalog.module';
import { STOCK_RESERVATIONS, VARIANT_CATALOG } from '../catalog/catalog.tokens';
import { LocalPaymentGateway } from '../../adapters/local/local-payment.gateway';
import { StripePaymentGateway } from '../../adapters/stripe/stripe-payment.gateway';
import { CryptoOrderNumberGenerator } from './persistence/crypto-order-number.generator';
import { PrismaIdempotencyStore } from './persistence/prisma-idempotency.store';
import { PrismaOrderRepository } from './persistence/prisma-order.repository';
import { PrismaProcessedEventStore } from '../../platform/outbox/prisma-processed-event.store';
import { StripeWebhookController } from './http/stripe-webhook.controller';
import { AdminOrdersController } from './http/admin-orders.controller';
import { AdminDiscountsController } from './http/admin-discounts.controller';
import { FulfillmentController, PartnerGuard } from './http/fulfillment.controller';
import { PrismaCartRepository } from './persistence/prisma-cart.repository';
import { PrismaDiscountRepository } from './persistence/prisma-discount.repository';
import { PrismaPurchaseHistory } from './persistence/prisma-purchase-history';

/** Failures that must not fail the request (an email, a late refund) are logged, never dropped. */
const errors = new LogErrorReporter('Ordering');

/** Every port the cart use cases share, built once. */
export const CART_DEPS = Symbol('CART_DEPS');
/** Every port an order's state changes need (OrderSettlement), built once. */
const ORDER_DEPS = Symbol('ORDER_DEPS');
const CRASH_POINTS = Symbol('CRASH_POINTS');
type OrderDeps = OrderSettlementDeps & { errors: typeof errors };
const DISCOUNT_ADMIN_DEPS = Symbol('DISCOUNT_ADMIN_DEPS');

/** Builds a cart use case from the shared ports (all of them take `CartDeps`). */
const cartUseCase = <T>(UseCase: new (deps: CartDeps) => T) => ({
  provide: UseCase,
  inject: [CART_DEPS],
  useFactory: (deps: CartDeps) => new UseCase(deps),
});

@Module({
  controllers: [CartController, GuestCartsController, OrdersController, StripeWebhookController, AdminOrdersController, AdminDiscountsController, FulfillmentController],
  imports: [CatalogModule],
  providers: [
    PrismaOrderRepository,
    PrismaIdempotencyStore,
    { provide: PURCHASE_HISTORY, useClass: PrismaPurchaseHistory },
    { provide: GUEST_CARTS, inject: [PrismaService], useFactory: (prisma: PrismaService): GuestCartStore => new PrismaGuestCartStore(prisma) },
    {
      provide: MergeGuestCartUseCase,
      inject: [CART_DEPS, GUEST_CARTS, PrismaUnitOfWork],
      useFactory: (deps: CartDeps, guests: GuestCartStore, uow: PrismaUnitOfWork) => new MergeGuestCartUseCase({ ...deps, guests, uow }),
    },
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService): PaymentGateway => {
        if (!config.stripe) return new LocalPaymentGateway(prisma);
        const api = config.stripe.apiUrl ? new URL(config.stripe.apiUrl) : null;
        return new StripePaymentGateway({
          secretKey: config.stripe.secretKey,
          ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
        });
      },
    },
    { provide: CRASH_POINTS, inject: [APP_CONFIG], useFactory: (config: AppConfig): CrashPoints => new EnvCrashPoints(config.crashAt) },
    {
      provide: ORDER_DEPS,
      inject: [PrismaUnitOfWork, PrismaOrderRepository, STOCK_RESERVATIONS, PrismaDiscountRepository, PrismaCartRepository, PrismaIdempotencyStore, PAYMENT_GATEWAY, CRASH_POINTS],
      useFactory: (
        uow: PrismaUnitOfWork,
        orders: PrismaOrderRepository,
        stock: StockReservations,
        discounts: PrismaDiscountRepository,
        carts: PrismaCartRepository,
        idempotency: PrismaIdempotencyStore,
        gateway: PaymentGateway,
        crash: CrashPoints,
      ): OrderDeps => ({ uow, orders, stock, discounts, carts, idempotency, gateway, crash, clock: systemClock, errors }),
    },
    {
      provide: PlaceOrderUseCase,
      inject: [ORDER_DEPS, CART_DEPS, APP_CONFIG],
      useFactory: (deps: OrderDeps, cart: CartDeps, config: AppConfig) =>
        new PlaceOrderUseCase(
          { ...deps, catalog: cart.catalog, pricing: cart.pricing, ids: cart.ids, orderNumbers: new CryptoOrderNumberGenerator() },
          { paymentTimeoutMs: config.paymentTimeoutMs, staleAfterMs: config.checkoutRecoveryAfterMs },
        ),
    },
    { provide: CancelOrderUseCase, inject: [ORDER_DEPS], useFactory: (deps: OrderDeps) => new CancelOrderUseCase(deps) },
    { provide: RefundOrderUseCase, inject: [ORDER_DEPS], useFactory: (deps: OrderDeps) => new RefundOrderUseCase(deps) },
    {
      provide: SettleInterruptedCheckoutsUseCase,
      inject: [ORDER_DEPS, APP_CONFIG],
      useFactory: (deps: OrderDeps, config: AppConfig) => new SettleInterruptedCheckoutsUseCase(deps, { staleAfterMs: config.checkoutRecoveryAfterMs }),
    },
    PartnerGuard,
    {
      provide: ExpireUnpaidOrdersUseCase,
      inject: [ORDER_DEPS, APP_CONFIG],
      useFactory: (deps: OrderDeps, config: AppConfig) => new ExpireUnpaidOrdersUseCase(deps, { timeoutMinutes: config.orderPaymentTimeoutMinutes }),
    },
    {
      provide: SendOrderConfirmationUseCase,
      inject: [PrismaOrderRepository, MAILER, PrismaProcessedEventStore, PrismaUnitOfWork, APP_CONFIG],
      useFactory: (orders: PrismaOrderRepository, mailer: Mailer, sent: PrismaProcessedEventStore, uow: PrismaUnitOfWork, config: AppConfig) =>
        new SendOrderConfirmationUseCase({ orders, mailer, sent, uow, clock: systemClock }, { storeName: STORE_NAME, storeUrl: config.appUrl }),
    },
    {
      provide: SendOrderUpdateEmailUseCase,
      inject: [PrismaOrderRepository, MAILER, PrismaProcessedEventStore, PrismaUnitOfWork, APP_CONFIG],
      useFactory: (orders: PrismaOrderRepository, mailer: Mailer, sent: PrismaProcessedEventStore, uow: PrismaUnitOfWork, config: AppConfig) =>
        new SendOrderUpdateEmailUseCase({ orders, mailer, sent, uow, clock: systemClock }, { storeName: STORE_NAME, storeUrl: config.appUrl }),
    },
    OrderingJobs,
    { provide: ORDER_LOOKUP, useExisting: PrismaOrderRepository },
    {
      provide: AdvanceOrderStatusUseCase,
      inject: [PrismaOrderRepository],
      useFactory: (orders: PrismaOrderRepository) => new AdvanceOrderStatusUseCase({ orders, clock: systemClock }),
    },
    {
      provide: DISCOUNT_ADMIN_DEPS,
      inject: [PrismaDiscountRepository],
      useFactory: (discounts: PrismaDiscountRepository): DiscountAdminDeps => ({ discounts, ids: uuidIds, clock: systemClock }),
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
      inject: [ORDER_DEPS, PrismaProcessedEventStore],
      useFactory: (deps: OrderDeps, processedEvents: PrismaProcessedEventStore) => new ConfirmPaymentFromWebhookUseCase({ ...deps, processedEvents }),
    },
    { provide: GetOrderUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new GetOrderUseCase({ orders }) },
    { provide: ListOrdersUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new ListOrdersUseCase({ orders }) },
    PrismaCartRepository,
    PrismaDiscountRepository,
    {
      provide: PricingService,
      inject: [APP_CONFIG],
      // STORE_CURRENCY, SHIPPING_FLAT_RATE, FREE_SHIPPING_THRESHOLD, TAX_RATE_BPS.
      useFactory: (config: AppConfig) => new PricingService(config.pricing),
    },
    {
      provide: CART_DEPS,
      inject: [PrismaCartRepository, VARIANT_CATALOG, PrismaDiscountRepository, PricingService],
      useFactory: (carts: PrismaCartRepository, catalog: VariantCatalog, discounts: PrismaDiscountRepository, pricing: PricingService): CartDeps => ({
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
  ],
  exports: [OrderingJobs, PrismaCartRepository, PrismaDiscountRepository, PricingService, CART_DEPS, PAYMENT_GATEWAY, PURCHASE_HISTORY, PrismaOrderRepository, ORDER_LOOKUP],
})
export class OrderingModule {}
