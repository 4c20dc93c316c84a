export const ORDER_STATUSES = ['pending', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

/**
 * The status machine of CONTRACT.md, exactly:
 * pending -> paid -> packed -> shipped -> delivered; pending -> cancelled;
 * paid -> cancelled -> refunded (the refund of a paid order). Nothing else.
 * (cancelled -> refunded additionally needs the order to have been paid: see Order.markRefunded.)
 */
export const ORDER_STATUS_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = Object.freeze({
  pending: ['paid', 'cancelled'],
  paid: ['packed', 'cancelled'],
  packed: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: ['refunded'],
  refunded: [],
});

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_STATUS_TRANSITIONS[from]?.includes(to) ?? false;
}

export const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Why an order was cancelled. */
export const ORDER_CANCELLATION_REASONS = ['customer', 'admin', 'payment_declined', 'payment_failed', 'expired'] as const;
export type OrderCancellationReason = (typeof ORDER_CANCELLATION_REASONS)[number];
