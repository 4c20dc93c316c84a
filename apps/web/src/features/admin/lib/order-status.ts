import type { ChangeOrderStatusRequest } from '@devgear/contracts';
import { isOrderStatus, type OrderStatus } from '@/lib/order-status';

/** A move an admin can make from an order's status; `target` is what PATCH .../status is sent. */
export interface OrderAction {
  key: 'pack' | 'ship' | 'deliver' | 'cancel';
  target: ChangeOrderStatusRequest['status'];
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
  payment_failed: [],
};

export function allowedActions(status: string): OrderAction[] {
  return isOrderStatus(status) ? ACTIONS[status] : [];
}
