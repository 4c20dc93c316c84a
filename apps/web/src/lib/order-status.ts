import type { OrderStatusDto } from '@devgear/contracts';

export type OrderStatus = OrderStatusDto;

/** How every page names an order's status: the storefront's history and the back office alike. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  packed: 'Packed',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
  payment_failed: 'Payment failed',
};

/** Tag colours (the UI kit's) of the statuses. */
export const ORDER_STATUS_COLORS: Record<OrderStatus, 'gold' | 'blue' | 'green' | 'default' | 'purple' | 'red'> = {
  pending: 'gold',
  paid: 'blue',
  packed: 'blue',
  shipped: 'blue',
  delivered: 'green',
  cancelled: 'default',
  refunded: 'purple',
  payment_failed: 'red',
};

export function isOrderStatus(value: string | null | undefined): value is OrderStatus {
  // The labels name every status (a value import of the contracts' list would bring zod along).
  return Object.prototype.hasOwnProperty.call(ORDER_STATUS_LABELS, value ?? '');
}

export function orderStatusLabel(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status] : status.charAt(0).toUpperCase() + status.slice(1);
}
