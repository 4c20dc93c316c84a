import { ORDER_STATUSES, type OrderStatusDto } from '@devgear/contracts';

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

/** Tag colours (antd presets) of the statuses. */
export const ORDER_STATUS_COLORS: Record<OrderStatus, string> = {
  pending: 'gold',
  paid: 'blue',
  packed: 'cyan',
  shipped: 'geekblue',
  delivered: 'green',
  cancelled: 'default',
  refunded: 'purple',
  payment_failed: 'red',
};

export function isOrderStatus(value: string | null | undefined): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value ?? '');
}

export function orderStatusLabel(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status] : status.charAt(0).toUpperCase() + status.slice(1);
}
