import { DomainError, OrderingErrorCodes, ORDER_STATUSES, ValidationProblems, isOrderStatus, isWholeNumberBetween, type OrderStatus } from '@devgear/domain';
import type { OrderListPage, OrderRepository } from '../../ports/order-repository.port';
import type { OrderActor } from '../ordering.failures';

export interface ListOrdersInput {
  actor: OrderActor;
  /** Admin filters; a customer always sees only their own orders. */
  status?: string;
  q?: string;
  page: number;
  perPage: number;
}

/** GET /orders (the caller's, newest first) and GET /admin/orders?status=&q= (all). */
export class ListOrdersUseCase {
  constructor(private readonly deps: { orders: OrderRepository }) {}

  async execute(input: ListOrdersInput): Promise<OrderListPage> {
    const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
    if (!isWholeNumberBetween(input.page, 1, 1_000_000)) problems.add('page', 'must be a whole number of 1 or more');
    if (!isWholeNumberBetween(input.perPage, 1, 100)) problems.add('perPage', 'must be a whole number from 1 to 100');
    if (input.status !== undefined && !isOrderStatus(input.status)) problems.add('status', `must be one of ${ORDER_STATUSES.join(', ')}`);
    problems.throwIfAny('Invalid order query');
    if (!input.actor?.userId) throw new DomainError(OrderingErrorCodes.INVALID_ORDER, 'Listing orders needs a signed-in user', 'unauthenticated');
    const admin = input.actor.role === 'admin';
    return this.deps.orders.list({
      customerId: admin ? undefined : input.actor.userId,
      status: input.status as OrderStatus | undefined,
      q: admin && input.q?.trim() ? input.q.trim() : undefined,
      page: input.page,
      perPage: input.perPage,
    });
  }
}
