import { DomainError, OrderingErrorCodes, orderNotFound, type Order } from '@devgear/domain';
import type { OrderRepository } from '../ports/order-repository.port';

export const PAYMENT_PROVIDER_UNAVAILABLE = 'PAYMENT.PROVIDER_UNAVAILABLE';

/**
 * The payment provider failed or did not answer in time, so the outcome of a charge or refund is
 * unknown. Not a DomainError: no rule was broken and the caller cannot fix it; the API answers 5xx
 * (502/503) with `message`, which is safe to show. `cause` keeps the provider's error for the logs.
 */
export class PaymentProviderError extends Error {
  readonly code = PAYMENT_PROVIDER_UNAVAILABLE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PaymentProviderError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Who is asking: customers see their own orders only; admins (and partners) see all. */
export interface OrderActor {
  userId: string;
  role: 'customer' | 'admin';
}

/** The order, when the actor may see it; 404 otherwise (another customer's order is 404, not 403). */
export async function requireOrder(orders: OrderRepository, orderId: string, actor?: OrderActor): Promise<Order> {
  const order = typeof orderId === 'string' && orderId !== '' ? await orders.findById(orderId) : null;
  if (!order || (actor && actor.role !== 'admin' && order.customerId !== actor.userId)) throw orderNotFound(orderId);
  return order;
}

/** Order conflicts worth reloading for. */
export const ORDER_RACE_CODES = [OrderingErrorCodes.CONCURRENT_UPDATE] as const;

export function isDomainErrorOfKind(error: unknown, kind: DomainError['kind']): error is DomainError {
  return error instanceof DomainError && error.kind === kind;
}
