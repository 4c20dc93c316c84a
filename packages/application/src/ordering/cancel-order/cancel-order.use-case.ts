import type { Order } from '@devgear/domain';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import { OrderSettlement, type OrderSettlementDeps } from '../order-settlement';
import { requireOrder, type OrderActor } from '../ordering.failures';

export interface CancelOrderInput {
  orderId: string;
  actor: OrderActor;
}

export interface CancelOrderDeps extends OrderSettlementDeps {
  errors: ErrorReporter;
}

/**
 * POST /orders/{id}/cancel (the customer, while pending or paid) and an admin's cancel, each one
 * transaction (OrderSettlement.cancel):
 * - pending -> cancelled: the stock and the discount use go back; nothing was charged.
 * - paid -> cancelled: the stock goes back and the refund becomes due in the same transaction
 *   ('order.refund_due' in the outbox). The refund is then asked of the provider at once; when the
 *   provider cannot refund now, the answer is the cancelled order with its refund pending, and the
 *   outbox retries the refund until it goes through (cancelled -> refunded).
 * Anything later (packed, shipped, ...) is 409 INVALID_STATE. Another customer's order is 404.
 * Cancelling an order already cancelled with its refund still due retries the refund.
 */
export class CancelOrderUseCase {
  private readonly settlement: OrderSettlement;

  constructor(private readonly deps: CancelOrderDeps) {
    this.settlement = new OrderSettlement(deps);
  }

  async execute(input: CancelOrderInput): Promise<Order> {
    const order = await requireOrder(this.deps.orders, input.orderId, input.actor);
    const cancelled = order.refundDue ? order : await this.settlement.cancel(order.id, input.actor.role === 'admin' ? 'admin' : 'customer');
    if (!cancelled.refundDue) return cancelled;
    this.deps.crash?.reach('cancel.after_tx');
    try {
      return await this.settlement.refund(cancelled.id);
    } catch (error) {
      this.deps.errors.report(error, { operation: 'ordering.cancel.refund', orderId: cancelled.id, orderNumber: cancelled.number });
      return (await this.deps.orders.findById(cancelled.id)) ?? cancelled;
    }
  }
}
