import type { OrderDto } from '@devgear/contracts';

/** /orders/:id — an order's page. */
export function orderHref(order: Pick<OrderDto, 'id'>): string {
  return `/orders/${encodeURIComponent(order.id)}`;
}

/** /orders/:id/confirmation — the thank-you page after checkout. */
export function orderConfirmationHref(order: Pick<OrderDto, 'id'>): string {
  return `${orderHref(order)}/confirmation`;
}

/** The order history in the account pages. */
export const ORDER_HISTORY_PATH = '/account/orders';
