/** DI token of the PaymentGateway port: Stripe with STRIPE_SECRET_KEY, the local provider otherwise. */
export const PAYMENT_GATEWAY = Symbol('PaymentGateway');
/** DI token of the PurchaseHistory port ("verified purchase" for reviews: ordering owns the orders). */
export const PURCHASE_HISTORY = Symbol('PurchaseHistory');
