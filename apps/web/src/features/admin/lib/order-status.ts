import { ORDER_STATUSES, type OrderDto } from '@devgear/contracts';

export type OrderStatus = OrderDto['status'];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  packed: 'Packed',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

export const ORDER_STATUS_COLORS: Record<OrderStatus, string> = {
  pending: 'gold',
  paid: 'blue',
  packed: 'cyan',
  shipped: 'geekblue',
  delivered: 'green',
  cancelled: 'default',
  refunded: 'purple',
};

export function isOrderStatus(value: string | null | undefined): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value ?? '');
}

export function orderStatusLabel(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status] : status.charAt(0).toUpperCase() + status.slice(1);
}

/** A move an admin can make from an order's status; `target` is what PATCH .../status is sent. */
export interface OrderAction {
  key: 'pack' | 'ship' | 'deliver' | 'cancel';
  target: OrderStatus;
  label: string;
}

const PACK: OrderAction = { key: 'pack', target: 'packed', label: 'Mark packed' };
const SHIP: OrderAction = { key: 'ship', target: 'shipped', label: 'Mark shipped' };
const DELIVER: OrderAction = { key: 'deliver', target: 'delivered', label: 'Mark delivered' };
const CANCEL: OrderAction = { key: 'cancel', target: 'cancelled', label: 'Cancel order' };
const CANCEL_AND_REFUND: OrderAction = { key: 'cancel', target: 'cancelled', label: 'Cancel and refund' };

/**
 * The order machine of CONTRACT.md as buttons: pending -> cancelled; paid -> packed | cancelled
 * (refunded: the payment is returned and the order ends `refunded`); packed -> shipped (with the
 * carrier and tracking number); shipped -> delivered. Anything else the API refuses (409), so
 * no button offers it. `pending -> paid` is the payment's doing, never an admin's.
 */
const ACTIONS: Record<OrderStatus, OrderAction[]> = {
  pending: [CANCEL],
  paid: [PACK, CANCEL_AND_REFUND],
  packed: [SHIP],
  shipped: [DELIVER],
  delivered: [],
  cancelled: [],
  refunded: [],
};

export function allowedActions(status: string): OrderAction[] {
  return isOrderStatus(status) ? ACTIONS[status] : [];
}
