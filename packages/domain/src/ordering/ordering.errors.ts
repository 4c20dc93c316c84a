import { DomainError } from '../shared/domain-error';

/** Stable error codes of the ordering context. */
export const OrderingErrorCodes = {
  INVALID_ORDER: 'ORDER.INVALID',
  INVALID_ADDRESS: 'ORDER.INVALID_ADDRESS',
  INVALID_NUMBER: 'ORDER.INVALID_NUMBER',
  INVALID_TRANSITION: 'ORDER.INVALID_TRANSITION',
  NOT_FOUND: 'ORDER.NOT_FOUND',
  EMPTY_CART: 'ORDER.EMPTY_CART',
  DUPLICATE_NUMBER: 'ORDER.DUPLICATE_NUMBER',
  /** Another request changed the order since it was loaded (optimistic concurrency). */
  CONCURRENT_UPDATE: 'ORDER.CONCURRENT_UPDATE',
  /** The same Idempotency-Key with a different request body. */
  IDEMPOTENCY_KEY_REUSED: 'ORDER.IDEMPOTENCY_KEY_REUSED',
  /** The same Idempotency-Key while the first request is still running. */
  REQUEST_IN_PROGRESS: 'ORDER.REQUEST_IN_PROGRESS',
  PAYMENT_DECLINED: 'PAYMENT.DECLINED',
} as const;

export type OrderingErrorCode = (typeof OrderingErrorCodes)[keyof typeof OrderingErrorCodes];

export const OrderingLimits = {
  CARRIER_MAX: 100,
  TRACKING_NUMBER_MAX: 100,
  PAYMENT_METHOD_MAX: 255,
  PROVIDER_MAX: 50,
  LINES_MAX: 100,
} as const;

/** 404 for an order that does not exist or that the caller may not see (another customer's). */
export function orderNotFound(orderId: string): DomainError {
  return new DomainError(OrderingErrorCodes.NOT_FOUND, `Order ${String(orderId)} not found`, 'not_found');
}

/** 402 PAYMENT_DECLINED. */
export function paymentDeclined(reason: string): DomainError {
  const given = typeof reason === 'string' ? reason.trim().replace(/[.!\s]+$/, '') : '';
  const why = given !== '' ? given : 'the payment was declined';
  return new DomainError(
    OrderingErrorCodes.PAYMENT_DECLINED,
    `Payment declined: ${why}. Nothing was charged and your cart is unchanged.`,
    'payment_declined',
  );
}

/** 409 INVALID_STATE naming the current and the wanted status. */
export function invalidTransition(orderNumber: string, from: string, to: string, why?: string): DomainError {
  const problem = `cannot change from ${from} to ${to}${why ? `: ${why}` : ''}`;
  return new DomainError(OrderingErrorCodes.INVALID_TRANSITION, `Order ${orderNumber} ${problem}`, 'invalid_state', { status: [problem] });
}
