import { CartErrorCodes, DomainError, OrderingErrorCodes } from '@devgear/domain';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import { retryOnConflict } from '../../shared/retry-on-conflict';
import { OrderSettlement, type OrderSettlementDeps } from '../order-settlement';

/** A provider event, already verified (Stripe-Signature) and translated by the adapter. */
export interface PaymentWebhookEvent {
  /** The provider's event id ('evt_...'): each is processed once. */
  eventId: string;
  type: 'payment_succeeded' | 'payment_failed';
  /** From the payment's metadata. */
  orderId: string;
  /** The PaymentIntent / charge id. */
  paymentRef: string | null;
}

export type WebhookOutcome =
  /** Seen before: nothing done. */
  | 'duplicate'
  /** Not one of our orders (another integration on the same account): acknowledged, nothing done. */
  | 'unknown_order'
  /** This event marked the order paid. */
  | 'paid'
  /** The synchronous answer (or an earlier event) had already marked it paid. */
  | 'already_paid'
  /** The order had already ended unpaid: the payment is recorded and refunded (from the outbox). */
  | 'late_payment'
  | 'late_payment_known'
  /** A failed payment ended the pending attempt in payment_failed (stock and discount released). */
  | 'payment_failed'
  /** A failed payment for an order that is no longer pending: nothing to do. */
  | 'ignored';

export interface ConfirmPaymentFromWebhookDeps extends OrderSettlementDeps {
  processedEvents: ProcessedEventStore;
  errors: ErrorReporter;
}

/**
 * POST /payments/stripe/webhook after verification. The event's claim (de-duplication by event id)
 * and the state change it causes are one transaction: a crash or a failure leaves neither, so the
 * provider's redelivery is processed, and a processed event is never processed again. Converges
 * with the synchronous checkout whichever arrives first: an order is marked paid exactly once, a
 * failure ends it only while pending.
 */
export class ConfirmPaymentFromWebhookUseCase {
  private readonly settlement: OrderSettlement;

  constructor(private readonly deps: ConfirmPaymentFromWebhookDeps) {
    this.settlement = new OrderSettlement(deps);
  }

  async execute(event: PaymentWebhookEvent): Promise<WebhookOutcome> {
    if (typeof event?.eventId !== 'string' || event.eventId.trim() === '') {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, 'A payment event needs its id', 'validation', { id: ['must not be blank'] });
    }
    if (event.type !== 'payment_succeeded' && event.type !== 'payment_failed') {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown payment event type "${String(event.type)}"`, 'validation', {
        type: ['must be payment_succeeded or payment_failed'],
      });
    }
    return retryOnConflict([OrderingErrorCodes.CONCURRENT_UPDATE, CartErrorCodes.CONCURRENT_UPDATE], () =>
      this.deps.uow.run(async () => {
        if (!(await this.deps.processedEvents.claim(event.eventId, this.deps.clock.now()))) return 'duplicate' as const;
        const outcome = await this.process(event);
        this.deps.crash?.reach('webhook.in_tx');
        return outcome;
      }),
    );
  }

  private async process(event: PaymentWebhookEvent): Promise<WebhookOutcome> {
    const order = typeof event.orderId === 'string' && event.orderId !== '' ? await this.deps.orders.findById(event.orderId) : null;
    if (!order) {
      this.deps.errors.report(new Error(`Payment event ${event.eventId} names no known order`), {
        operation: 'ordering.webhook',
        eventId: event.eventId,
        orderId: event.orderId,
      });
      return 'unknown_order';
    }
    if (event.type === 'payment_succeeded') return (await this.settlement.applyPayment(order, event.paymentRef)).outcome;
    const { failed } = await this.settlement.applyPaymentFailure(order, 'payment_declined', null);
    return failed ? 'payment_failed' : 'ignored';
  }
}
