import type { Order } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { DiscountRepository } from '../../ports/discount-repository.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import type { PaymentGateway } from '../../ports/payment-gateway.port';
import type { StockReservations } from '../../ports/stock-reservations.port';
import { OrderSettlement } from '../order-settlement';
import { requireOrder, type OrderActor } from '../ordering.failures';

export interface CancelOrderInput {
  orderId: string;
  actor: OrderActor;
}

export interface CancelOrderDeps {
  orders: OrderRepository;
  stock: StockReservations;
  discounts: DiscountRepository;
  gateway: PaymentGateway;
  clock: Clock;
  errors: ErrorReporter;
}

/**
 * POST /orders/{id}/cancel (the customer, while pending or paid) and an admin's cancel.
 * - pending -> cancelled: the stock and the discount use go back; nothing was charged.
 * - paid -> cancelled -> refunded: the stock goes back, the payment is refunded through the
 *   provider (PaymentProviderError when it cannot be now: the order stays cancelled with its refund
 *   due, and cancelling again retries the refund).
 * Anything later (packed, shipped, ...) is 409 INVALID_STATE. Another customer's order is 404.
 */
export class CancelOrderUseCase {
  private readonly settlement: OrderSettlement;

  constructor(private readonly deps: CancelOrderDeps) {
    this.settlement = new OrderSettlement(deps);
  }

  async execute(input: CancelOrderInput): Promise<Order> {
    const order = await requireOrder(this.deps.orders, input.orderId, input.actor);
    const reason = input.actor.role === 'admin' ? 'admin' : 'customer';
    if (order.status !== 'pending') return this.cancelNonPending(order, reason);
    const result = await this.settlement.cancelUnpaid(order.id, reason);
    if (result.cancelled) return result.order;
    // It left pending meanwhile (paid by the webhook, expired): decide again on what it became.
    return this.cancelNonPending(result.order, reason);
  }

  private async cancelNonPending(order: Order, reason: 'admin' | 'customer'): Promise<Order> {
    if (order.status === 'paid' || order.refundDue) return this.settlement.cancelPaidAndRefund(order.id, reason);
    order.cancel(this.deps.clock.now(), reason); // throws ORDER.INVALID_TRANSITION naming from and to
    return order;
  }
}
