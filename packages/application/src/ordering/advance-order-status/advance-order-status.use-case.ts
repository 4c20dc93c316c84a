import { DomainError, OrderingErrorCodes, isOrderStatus, type Order, type OrderStatus } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import { retryOnConflict } from '../../shared/retry-on-conflict';
import { ORDER_RACE_CODES, requireOrder } from '../ordering.failures';

export const FULFILMENT_STATUSES = ['packed', 'shipped', 'delivered'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

export interface AdvanceOrderStatusInput {
  orderId: string;
  status: FulfilmentStatus;
  /** For 'shipped': the carrier and tracking number, both or neither (partners always send both). */
  carrier?: string;
  trackingNumber?: string;
}

export interface AdvanceOrderStatusDeps {
  orders: OrderRepository;
  clock: Clock;
}

/**
 * The fulfilment steps, for partners (POST /fulfillment/orders/{id}/packed|shipped|delivered) and
 * admins (PATCH /admin/orders/{id}/status): paid -> packed -> shipped -> delivered. Any other
 * step is 409 INVALID_STATE naming both statuses. Payment states (paid, cancelled, refunded) are
 * not set by hand here: payments and CancelOrderUseCase move an order there.
 */
export class AdvanceOrderStatusUseCase {
  constructor(private readonly deps: AdvanceOrderStatusDeps) {}

  async execute(input: AdvanceOrderStatusInput): Promise<Order> {
    const status = input.status as string;
    if (!(FULFILMENT_STATUSES as readonly string[]).includes(status)) {
      if (isOrderStatus(status)) {
        const order = await requireOrder(this.deps.orders, input.orderId);
        throw notByHand(order, status);
      }
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown order status "${String(status)}"`, 'validation', {
        status: [`must be one of ${FULFILMENT_STATUSES.join(', ')}`],
      });
    }
    return retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, input.orderId);
      const now = this.deps.clock.now();
      if (status === 'packed') order.markPacked(now);
      else if (status === 'shipped') order.markShipped(now, { carrier: input.carrier, trackingNumber: input.trackingNumber });
      else order.markDelivered(now);
      await this.deps.orders.save(order);
      return order;
    });
  }
}

function notByHand(order: Order, to: OrderStatus): DomainError {
  const problem = `cannot change from ${order.status} to ${to} by hand: payments set it (cancel with the cancel action)`;
  return new DomainError(OrderingErrorCodes.INVALID_TRANSITION, `Order ${order.number} ${problem}`, 'invalid_state', { status: [problem] });
}
