import { DomainError, OrderingErrorCodes } from '@devgear/domain';
import type { CartRepository } from '../../ports/cart-repository.port';
import type { Clock } from '../../ports/clock.port';
import type { DiscountRepository } from '../../ports/discount-repository.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import type { PaymentGateway } from '../../ports/payment-gateway.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import type { StockReservations } from '../../ports/stock-reservations.port';
import { OrderSettlement } from '../order-settlement';
import { removePurchasedFromCart } from '../remove-purchased-from-cart';

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
  /** The order had been cancelled unpaid: the late payment was refunded. */
  | 'refunded_late'
  | 'already_refunded'
  /** A failed payment cancelled the pending order (stock and discount released). */
  | 'cancelled'
  /** A failed payment for an order that is no longer pending: nothing to do. */
  | 'ignored';

export interface ConfirmPaymentFromWebhookDeps {
  orders: OrderRepository;
  carts: CartRepository;
  stock: StockReservations;
  discounts: DiscountRepository;
  gateway: PaymentGateway;
  processedEvents: ProcessedEventStore;
  clock: Clock;
  errors: ErrorReporter;
}

/**
 * POST /payments/stripe/webhook after verification. Converges with the synchronous checkout
 * whichever arrives first: an order is marked paid exactly once, a failure cancels it only while
 * pending. Events are de-duplicated by id; when processing fails the claim is given back so the
 * provider's redelivery is processed.
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
    if (!(await this.deps.processedEvents.claim(event.eventId, this.deps.clock.now()))) return 'duplicate';
    try {
      return await this.process(event);
    } catch (error) {
      await this.deps.processedEvents.release(event.eventId);
      throw error;
    }
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
    if (event.type === 'payment_succeeded') {
      const { order: settled, outcome } = await this.settlement.confirmPayment(order.id, event.paymentRef);
      if (outcome === 'paid') await removePurchasedFromCart(this.deps, settled);
      return outcome;
    }
    if (event.type === 'payment_failed') {
      const { cancelled } = await this.settlement.cancelUnpaid(order.id, 'payment_declined');
      return cancelled ? 'cancelled' : 'ignored';
    }
    throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown payment event type "${String(event.type)}"`, 'validation', {
      type: ['must be payment_succeeded or payment_failed'],
    });
  }
}
