import type { Money } from '@devgear/domain';

export interface ChargeRequest {
  orderId: string;
  orderNumber: string;
  amount: Money;
  /** What the customer chose, e.g. Stripe test ids 'pm_card_visa', 'pm_card_chargeDeclined'. */
  paymentMethod: string;
  /**
   * Sent to the provider as its idempotency key: the same key never charges twice. Derived from
   * the order ('order:<orderId>:charge'), so a retry of the same order is safe and a new order
   * (a new checkout attempt) is a new charge.
   */
  idempotencyKey: string;
  customerEmail: string | null;
}

export type ChargeResult =
  /** The money is taken (or authorised for capture). `paymentRef`: the PaymentIntent / charge id. */
  | { status: 'succeeded'; paymentRef: string }
  /** The provider refused the payment; nothing was taken. `reason` is safe to show to the customer. */
  | { status: 'declined'; reason: string; paymentRef: string | null };

/** What the provider knows of a charge asked for with `idempotencyKey` (ChargeRequest). */
export type ChargeLookup =
  | { status: 'succeeded'; paymentRef: string }
  | { status: 'declined'; reason: string; paymentRef: string | null }
  /** The provider never took (or still holds) no money under that key. */
  | { status: 'none' };

export interface RefundRequest {
  orderId: string;
  /** The ChargeResult's paymentRef. */
  paymentRef: string;
  amount: Money;
  /** 'order:<orderId>:refund': the same refund is never made twice. */
  idempotencyKey: string;
}

export interface RefundResult {
  refundRef: string;
}

/**
 * A payment provider (Stripe, or the local provider that behaves like Stripe test mode).
 * charge() resolves with the provider's answer. It REJECTS when the outcome is unknown (network
 * error, timeout, provider outage): the money may or may not have been taken, so callers treat it
 * as a failure and rely on the provider's webhook to settle a charge that did go through (it is
 * then refunded as a late payment).
 * refund() rejects when the refund could not be made.
 */
export interface PaymentGateway {
  /** Recorded on orders: 'stripe', 'local'. */
  readonly provider: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /**
   * Asks the provider what became of the charge of an order (by the charge's idempotency key and
   * the order id), for a checkout cut off by a crash between the charge and recording it. Rejects
   * when the provider cannot tell now.
   */
  findCharge(request: { orderId: string; idempotencyKey: string }): Promise<ChargeLookup>;
  refund(request: RefundRequest): Promise<RefundResult>;
}
