import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  ExpireUnpaidOrdersUseCase,
  RefundOrderUseCase,
  SendOrderConfirmationUseCase,
  SendOrderUpdateEmailUseCase,
  SettleInterruptedCheckoutsUseCase,
  type OrderUpdateEmail,
} from '@devgear/application';
import { OrderingEvents, type OrderCancelledPayload, type OrderPaymentFailedPayload, type OrderRefundedPayload } from '@devgear/domain';
import { Metrics } from '../../platform/metrics/metrics';
import type { OutboxMessage } from '../../platform/outbox/outbox-dispatcher';
import { BackgroundJobs } from '../../platform/jobs/background-jobs';
import { OutboxDelivery } from '../../platform/outbox/outbox.module';
import { IDEMPOTENCY_RETENTION_MS, PrismaIdempotencyStore } from './persistence/prisma-idempotency.store';

/** How often (at most) the finished Idempotency-Keys that produced no order are purged. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * The ordering context's part of the event pipeline and the background jobs:
 * - outbox handlers: 'order.paid' sends the order confirmation, 'order.refund_due' gives the money
 *   back through the provider (retried with backoff until it goes through); shipped, delivered,
 *   cancelled, refunded and payment failed email the customer; placed/paid/failed feed /metrics;
 * - jobs: checkouts cut off by a crash are settled (CheckoutRecovery), unpaid orders past
 *   ORDER_PAYMENT_TIMEOUT_MINUTES expire with their stock back, old keys without an order are purged.
 */
@Injectable()
export class OrderingJobs implements OnModuleInit {
  private readonly log = new Logger('Ordering');
  private lastPurge = 0;

  constructor(
    private readonly outbox: OutboxDelivery,
    private readonly jobs: BackgroundJobs,
    private readonly expire: ExpireUnpaidOrdersUseCase,
    private readonly recover: SettleInterruptedCheckoutsUseCase,
    private readonly confirmation: SendOrderConfirmationUseCase,
    private readonly refund: RefundOrderUseCase,
    private readonly keys: PrismaIdempotencyStore,
    private readonly updates: SendOrderUpdateEmailUseCase,
    private readonly metrics: Metrics,
  ) {}

  /** Emails the customer about `message` (once per event). */
  private async email(message: OutboxMessage, email: OrderUpdateEmail): Promise<void> {
    const outcome = await this.updates.execute(message.id, message.aggregateId, email);
    if (outcome !== 'sent' && outcome !== 'already_sent') this.log.warn(`${message.name} email for ${message.aggregateId} not sent: ${outcome}`);
  }

  onModuleInit(): void {
    this.outbox.dispatcher
      .on(OrderingEvents.ORDER_PAID, async (message) => {
        const outcome = await this.confirmation.execute(message.aggregateId);
        if (outcome !== 'sent' && outcome !== 'already_sent') this.log.warn(`order confirmation for ${message.aggregateId} not sent: ${outcome}`);
      })
      .on(OrderingEvents.ORDER_REFUND_DUE, async (message) => {
        await this.refund.execute(message.aggregateId);
      })
      .on(OrderingEvents.ORDER_SHIPPED, (message) => this.email(message, { kind: 'shipped' }))
      .on(OrderingEvents.ORDER_DELIVERED, (message) => this.email(message, { kind: 'delivered' }))
      .on(OrderingEvents.ORDER_CANCELLED, (message) => this.email(message, { kind: 'cancelled', refundDue: (message.payload as OrderCancelledPayload).refundDue }))
      .on(OrderingEvents.ORDER_REFUNDED, (message) => this.email(message, { kind: 'refunded', amount: (message.payload as OrderRefundedPayload).amount }))
      .on(OrderingEvents.ORDER_PAYMENT_FAILED, (message) =>
        this.email(message, { kind: 'payment_failed', declined: (message.payload as OrderPaymentFailedPayload).reason === 'payment_declined' }),
      );
    // The business counters of /metrics, counted once per delivered event by whichever worker delivers it.
    this.outbox.dispatcher
      .observe(OrderingEvents.ORDER_PLACED, () => this.metrics.orders.inc({ event: 'placed' }))
      .observe(OrderingEvents.ORDER_PAID, () => this.metrics.orders.inc({ event: 'paid' }))
      .observe(OrderingEvents.ORDER_PAYMENT_FAILED, (message) => {
        this.metrics.orders.inc({ event: 'payment_failed' });
        if ((message.payload as OrderPaymentFailedPayload).reason === 'payment_declined') this.metrics.paymentsDeclined.inc();
      });

    this.jobs.register({
      name: 'ordering.settle_interrupted_checkouts',
      run: async () => {
        const result = await this.recover.execute();
        for (const s of result.settled) this.log.log(`settled interrupted checkout ${s.key} (order ${s.orderId}): ${s.outcome}`);
      },
    });
    this.jobs.register({
      name: 'ordering.expire_unpaid_orders',
      run: async () => {
        const result = await this.expire.execute();
        if (result.expired.length) this.log.log(`expired unpaid orders ${result.expired.join(', ')} (stock released)`);
      },
    });
    this.jobs.register({
      name: 'ordering.purge_idempotency_keys',
      run: async () => {
        if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
        this.lastPurge = Date.now();
        const purged = await this.keys.purgeCompletedBefore(new Date(Date.now() - IDEMPOTENCY_RETENTION_MS));
        if (purged) this.log.log(`purged ${purged} finished Idempotency-Keys older than 24 hours`);
      },
    });
  }

  /** One round of every background job (tests). */
  tick(): Promise<void> {
    return this.jobs.tick();
  }

  /** Stops the background jobs, waiting for a running round. */
  stop(): Promise<void> {
    return this.jobs.stop();
  }

  get dispatcher() {
    return this.outbox.dispatcher;
  }
}
