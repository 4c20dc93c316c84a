import Stripe from 'stripe';
import type { ChargeLookup, ChargeRequest, ChargeResult, PaymentGateway, PaymentWebhookEvent, RefundRequest, RefundResult } from '@devgear/application';

export interface StripeGatewayOptions {
  secretKey: string;
  /** Loopback doubles in tests; Stripe's API otherwise. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  timeoutMs?: number;
}

/**
 * Payments through Stripe PaymentIntents, created and confirmed in one call with the
 * customer's payment-method id. Our idempotency key goes to Stripe as its Idempotency-Key,
 * so a retried checkout can never charge twice. A card decline is an answer (declined);
 * anything else (network, timeout, 5xx) rejects, because the outcome is unknown and the
 * webhook settles it.
 */
export class StripePaymentGateway implements PaymentGateway {
  readonly provider = 'stripe';
  private readonly stripe: Stripe;

  constructor(options: StripeGatewayOptions) {
    this.stripe = new Stripe(options.secretKey, {
      host: options.host,
      port: options.port,
      protocol: options.protocol,
      timeout: options.timeoutMs ?? 20_000,
      // Retries reuse the same idempotency key, so they are safe.
      maxNetworkRetries: 1,
      telemetry: false,
    });
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: request.amount.amount,
          currency: request.amount.currency.toLowerCase(),
          payment_method: request.paymentMethod,
          confirm: true,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          metadata: { order_id: request.orderId, order_number: request.orderNumber },
          ...(request.customerEmail ? { receipt_email: request.customerEmail } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (intent.status === 'succeeded' || intent.status === 'requires_capture') return { status: 'succeeded', paymentRef: intent.id };
      if (intent.status === 'requires_payment_method' || intent.status === 'canceled') {
        return { status: 'declined', reason: 'The payment was not accepted. Try another card.', paymentRef: intent.id };
      }
      // requires_action (3-D Secure) and processing are not final: treat as unknown.
      throw new Error(`Stripe left the payment in status ${intent.status}`);
    } catch (err) {
      if (err instanceof Stripe.errors.StripeCardError) {
        const intent = (err.raw as { payment_intent?: { id?: string } }).payment_intent;
        return { status: 'declined', reason: err.message || 'Your card was declined.', paymentRef: intent?.id ?? null };
      }
      throw err;
    }
  }

  /**
   * What Stripe knows of an order's charge, found by the order id in the PaymentIntent's metadata
   * (Stripe's search API). A succeeded (or authorised) intent is the charge; one that needs another
   * payment method or was cancelled is a decline; none at all means no money was taken. Stripe's
   * search can lag a recent intent by up to a minute: the recovery job runs 45 s after a checkout
   * started at the earliest, and should an intent appear later anyway, its webhook records the
   * late payment and it is refunded automatically.
   */
  async findCharge(request: { orderId: string; idempotencyKey: string }): Promise<ChargeLookup> {
    const found = await this.stripe.paymentIntents.search({ query: `metadata['order_id']:'${request.orderId.replace(/[\\']/g, '\\$&')}'`, limit: 10 });
    const intents = found.data;
    const paid = intents.find((i) => i.status === 'succeeded' || i.status === 'requires_capture');
    if (paid) return { status: 'succeeded', paymentRef: paid.id };
    const pending = intents.find((i) => i.status === 'processing' || i.status === 'requires_action' || i.status === 'requires_confirmation');
    if (pending) throw new Error(`Stripe has payment ${pending.id} of order ${request.orderId} in status ${pending.status}: not final yet`);
    const declined = intents[0];
    if (declined) return { status: 'declined', reason: declined.last_payment_error?.message ?? 'The payment was not accepted.', paymentRef: declined.id };
    return { status: 'none' };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const refund = await this.stripe.refunds.create(
      { payment_intent: request.paymentRef, amount: request.amount.amount, metadata: { order_id: request.orderId } },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundRef: refund.id };
  }

  /** Verifies a webhook's Stripe-Signature over the raw body; throws when it does not match. */
  static verifyWebhook(rawBody: Buffer | string, signature: string, secret: string): Stripe.Event {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret);
  }
}

/**
 * A verified Stripe event as our payment event, or null for the types we do not act on
 * (acknowledged with 200 so Stripe stops retrying them).
 */
export function toPaymentEvent(event: Stripe.Event): PaymentWebhookEvent | null {
  if (event.type !== 'payment_intent.succeeded' && event.type !== 'payment_intent.payment_failed') return null;
  const intent = event.data.object as Stripe.PaymentIntent;
  return {
    eventId: event.id,
    type: event.type === 'payment_intent.succeeded' ? 'payment_succeeded' : 'payment_failed',
    orderId: intent.metadata?.order_id ?? '',
    paymentRef: intent.id ?? null,
  };
}
