import type { MoneyJSON } from '../shared/money.value-object';
import type { OrderCancellationReason, OrderStatus } from './order-status';

/** Stable names of the ordering context's domain events. */
export const OrderingEvents = {
  ORDER_PLACED: 'order.placed',
  ORDER_PAID: 'order.paid',
  ORDER_CANCELLED: 'order.cancelled',
  ORDER_REFUNDED: 'order.refunded',
  ORDER_PACKED: 'order.packed',
  ORDER_SHIPPED: 'order.shipped',
  ORDER_DELIVERED: 'order.delivered',
} as const;

export interface OrderPlacedPayload {
  number: string;
  customerId: string;
  customerEmail: string | null;
  total: MoneyJSON;
  lines: { variantId: string; productId: string; sku: string; quantity: number }[];
  discountCode: string | null;
}

export interface OrderPaidPayload {
  number: string;
  customerId: string;
  total: MoneyJSON;
  provider: string;
  paymentRef: string | null;
}

export interface OrderCancelledPayload {
  number: string;
  customerId: string;
  from: OrderStatus;
  reason: OrderCancellationReason;
  /** true when the order had been paid, so a refund follows. */
  refundDue: boolean;
}

export interface OrderRefundedPayload {
  number: string;
  customerId: string;
  amount: MoneyJSON;
  refundRef: string | null;
  /**
   * true for a payment that arrived after the order had already been cancelled unpaid (the
   * provider answered late): the money went straight back; the order stays cancelled.
   */
  latePayment: boolean;
}

export interface OrderStatusPayload {
  number: string;
  customerId: string;
}

export interface OrderShippedPayload extends OrderStatusPayload {
  /** Null when the order was marked shipped without tracking details (an admin may). */
  carrier: string | null;
  trackingNumber: string | null;
}
