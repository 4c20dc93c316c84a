/**
 * The order statuses in which an order counts as bought: paid and on its way or delivered.
 * Not pending (unpaid), cancelled, refunded or payment_failed. A review is a verified purchase,
 * and recommendations and best sellers count units, only for orders in these statuses.
 */
export const BOUGHT_ORDER_STATUSES = ['paid', 'packed', 'shipped', 'delivered'] as const;
