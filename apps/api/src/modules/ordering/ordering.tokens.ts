/** DI token of the PurchaseHistory port ("verified purchase" for reviews: ordering owns the orders). */
export const PURCHASE_HISTORY = Symbol('PurchaseHistory');
/** DI token of the order lookup other modules may read orders with (partner webhooks): `findById`, nothing that writes. */
export const ORDER_LOOKUP = Symbol('OrderLookup');
