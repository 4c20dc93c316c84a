import type { Order } from '@devgear/domain';
import type { OrderRepository } from '../../ports/order-repository.port';
import { requireOrder, type OrderActor } from '../ordering.failures';

/** GET /orders/{id} (the customer's own; another customer's is 404) and GET /admin/orders/{id}. */
export class GetOrderUseCase {
  constructor(private readonly deps: { orders: OrderRepository }) {}

  execute(input: { orderId: string; actor: OrderActor }): Promise<Order> {
    return requireOrder(this.deps.orders, input.orderId, input.actor);
  }
}
