import { OrderPresenter } from './http/order.presenter';
import { LogErrorReporter } from '../../platform/logging/log-error-reporter';
import { Module } from '@nestjs/common';
import {
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
  GetOrderUseCase,
  ListOrdersUseCase,
  type PaymentGateway,
  PlaceOrderUseCase,
  type CartRepository,
  type DiscountRepository,
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
import { PrismaUnitOfWork } from '../../platform/database/prisma-unit-of-work';
import { OrdersController } from './http/orders.controller';
import { ORDER_LOOKUP, PURCHASE_HISTORY } from './ordering.tokens';
import { CatalogModule } from '../catalog/catalog.module';
import { STOCK_RESERVATIONS, VARIANT_CATALOG } from '../catalog/catalog.tokens';
import { CartModule } from '../cart/cart.module';
import { CART_REPOSITORY } from '../cart/cart.tokens';
import { DiscountModule } from '../discount/discount.module';
import { DISCOUNT_REPOSITORY } from '../discount/discount.tokens';
import { PaymentsModule } from '../payments/payments.module';
import { PAYMENT_GATEWAY } from '../payments/payments.tokens';
import { CryptoOrderNumberGenerator } from './persistence/crypto-order-number.generator';
import { PrismaIdempotencyStore } from './persistence/prisma-idempotency.store';
import { PrismaOrderRepository } from './persistence/prisma-order.repository';
import { PrismaProcessedEventStore } from '../../platform/outbox/prisma-processed-event.store';
import { StripeWebhookController } from './http/stripe-webhook.controller';
import { AdminOrdersController } from './http/admin-orders.controller';
import { PrismaPurchaseHistory } from './persistence/prisma-purchase-history';

/** Failures that must not fail the request (an email, a late refund) are logged, never dropped. */
const errors = new LogErrorReporter('Ordering');

/** Every port an order's state changes need (OrderSettlement), built once. */
const ORDER_DEPS = Symbol('ORDER_DEPS');
const CRASH_POINTS = Symbol('CRASH_POINTS');
type OrderDeps = OrderSettlementDeps & { errors: typeof errors };

/**
 * Orders: checkout (stock from catalog, the cart from cart, the code's redemption from discount,
 * the charge through payments), the customer's and the admin's order routes, Stripe's webhook
 * (it settles an order), the jobs and outbox handlers (OrderingJobs). Exports the read-only
 * ports other contexts use (PURCHASE_HISTORY, ORDER_LOOKUP) and the status change fulfilment
 * partners drive (AdvanceOrderStatusUseCase).
 */
@Module({
  controllers: [OrdersController, StripeWebhookController, AdminOrdersController],
  imports: [CatalogModule, CartModule, DiscountModule, PaymentsModule],
  providers: [
    PrismaOrderRepository,
    PrismaIdempotencyStore,
    { provide: PURCHASE_HISTORY, useClass: PrismaPurchaseHistory },
    { provide: CRASH_POINTS, inject: [APP_CONFIG], useFactory: (config: AppConfig): CrashPoints => new EnvCrashPoints(config.crashAt) },
    {
      provide: ORDER_DEPS,
      inject: [PrismaUnitOfWork, PrismaOrderRepository, STOCK_RESERVATIONS, DISCOUNT_REPOSITORY, CART_REPOSITORY, PrismaIdempotencyStore, PAYMENT_GATEWAY, CRASH_POINTS],
      useFactory: (
        uow: PrismaUnitOfWork,
        orders: PrismaOrderRepository,
        stock: StockReservations,
        discounts: DiscountRepository,
        carts: CartRepository,
        idempotency: PrismaIdempotencyStore,
        gateway: PaymentGateway,
        crash: CrashPoints,
      ): OrderDeps => ({ uow, orders, stock, discounts, carts, idempotency, gateway, crash, clock: systemClock, errors }),
    },
    {
      provide: PlaceOrderUseCase,
      inject: [ORDER_DEPS, VARIANT_CATALOG, PricingService, APP_CONFIG],
      useFactory: (deps: OrderDeps, catalog: VariantCatalog, pricing: PricingService, config: AppConfig) =>
        new PlaceOrderUseCase(
          { ...deps, catalog, pricing, ids: uuidIds, orderNumbers: new CryptoOrderNumberGenerator() },
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
      provide: ConfirmPaymentFromWebhookUseCase,
      inject: [ORDER_DEPS, PrismaProcessedEventStore],
      useFactory: (deps: OrderDeps, processedEvents: PrismaProcessedEventStore) => new ConfirmPaymentFromWebhookUseCase({ ...deps, processedEvents }),
    },
    { provide: GetOrderUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new GetOrderUseCase({ orders }) },
    { provide: ListOrdersUseCase, inject: [PrismaOrderRepository], useFactory: (orders: PrismaOrderRepository) => new ListOrdersUseCase({ orders }) },
    OrderPresenter,
  ],
  exports: [OrderingJobs, PURCHASE_HISTORY, ORDER_LOOKUP, AdvanceOrderStatusUseCase, OrderPresenter],
})
export class OrderingModule {}
