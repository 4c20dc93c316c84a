import { ADMIN_ORDER_STATUS_TARGETS, ORDER_STATUS_TRANSITIONS, type AdminOrderStatusTarget } from '@devgear/contracts';
import { isOrderStatus } from '@/lib/order-status';

/** A move an admin can make from an order's status; `target` is what PATCH .../status is sent. */
export interface OrderAction {
  key: 'pack' | 'ship' | 'deliver' | 'cancel';
  target: AdminOrderStatusTarget;
  label: string;
}

const ACTIONS: Record<AdminOrderStatusTarget, OrderAction> = {
  packed: { key: 'pack', target: 'packed', label: 'Mark packed' },
  shipped: { key: 'ship', target: 'shipped', label: 'Mark shipped' },
  delivered: { key: 'deliver', target: 'delivered', label: 'Mark delivered' },
  cancelled: { key: 'cancel', target: 'cancelled', label: 'Cancel order' },
};
const CANCEL_AND_REFUND: OrderAction = { ...ACTIONS.cancelled, label: 'Cancel and refund' };

const isAdminTarget = (status: string): status is AdminOrderStatusTarget => (ADMIN_ORDER_STATUS_TARGETS as readonly string[]).includes(status);

/**
 * The order machine of the contracts (ORDER_STATUS_TRANSITIONS) as buttons: the moves from this
 * status that an admin makes (ADMIN_ORDER_STATUS_TARGETS). Cancelling a paid order refunds it;
 * packed -> shipped asks for the carrier and tracking number. `pending -> paid` and the refund
 * itself are the payment's doing, never an admin's; anything else the API refuses (409).
 */
export function allowedActions(status: string): OrderAction[] {
  if (!isOrderStatus(status)) return [];
  return ORDER_STATUS_TRANSITIONS[status]
    .filter(isAdminTarget)
    .map((target) => (target === 'cancelled' && status === 'paid' ? CANCEL_AND_REFUND : ACTIONS[target]));
}
