export const ORDER_STATUSES = ['pending', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded', 'payment_failed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

/**
 * The status machine of CONTRACT.md, exactly:
 * pending -> paid -> packed -> shipped -> delivered; pending -> cancelled;
 * pending -> payment_failed (a declined or failed checkout attempt: not an order to the customer);
 * paid -> cancelled -> refunded (the refund of a paid order). Nothing else.
 * (cancelled -> refunded additionally needs the order to have been paid: see Order.markRefunded.)
 */
export const ORDER_STATUS_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = Object.freeze({
  pending: ['paid', 'cancelled', 'payment_failed'],
  paid: ['packed', 'cancelled'],
  packed: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: ['refunded'],
  refunded: [],
  payment_failed: [],
});

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_STATUS_TRANSITIONS[from]?.includes(to) ?? false;
}

export const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Why an order was cancelled. */
export const ORDER_CANCELLATION_REASONS = ['customer', 'admin', 'expired'] as const;
export type OrderCancellationReason = (typeof ORDER_CANCELLATION_REASONS)[number];

/**
 * Why a checkout attempt ended in payment_failed: the provider declined the card, the provider
 * failed or gave no answer in time, or the process handling it stopped (a crash) before the
 * provider took any money.
 */
export const PAYMENT_FAILURE_REASONS = ['payment_declined', 'payment_failed', 'payment_interrupted'] as const;
export type PaymentFailureReason = (typeof PAYMENT_FAILURE_REASONS)[number];

/** Why an order ended where it did (stored in one column): a cancellation or a payment failure. */
export type OrderEndReason = OrderCancellationReason | PaymentFailureReason;

/** Statuses in which an order's units are sold or held for it (its stock reservations stand). */
export const STOCK_HOLDING_STATUSES: readonly OrderStatus[] = ['pending', 'paid', 'packed', 'shipped', 'delivered'];

/** Statuses of an order the customer bought (paid and not given back): reviews, best sellers. */
export const PURCHASED_STATUSES: readonly OrderStatus[] = ['paid', 'packed', 'shipped', 'delivered'];
