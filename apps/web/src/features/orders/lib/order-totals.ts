import type { OrderDto } from '@devgear/contracts';
import type { TotalsValues } from '@/components/shared/order-totals';

/** An order's totals in the shape OrderTotals shows. */
export function orderTotals(order: OrderDto): TotalsValues {
  return {
    subtotal: order.subtotal,
    discount: order.discount_total.amount > 0 ? { code: order.discount_code, amount: order.discount_total } : null,
    shipping: order.shipping_total,
    tax: order.tax_total,
    total: order.total,
  };
}

const PAYMENT_STATUS: Record<string, string> = {
  pending: 'Waiting for confirmation',
  authorized: 'Authorized',
  paid: 'Paid by card',
  failed: 'Failed',
  refunded: 'Refunded',
};

/** "Paid by card", "Refunded", ... */
export function paymentStatusLabel(status: string): string {
  return PAYMENT_STATUS[status] ?? status;
}

const CANCELLATION_REASONS: Record<string, string> = {
  customer: 'By you',
  admin: 'By the shop',
  payment_declined: 'The payment was declined',
  payment_failed: 'The payment did not go through',
  expired: 'Not paid in time',
};

/** Why an order was cancelled, for the customer. */
export function cancellationReasonLabel(reason: string): string {
  return CANCELLATION_REASONS[reason] ?? reason;
}
