/**
 * DI token of the PaymentGateway port: Stripe with STRIPE_SECRET_KEY, the local provider otherwise
 * (payments owns `local_charges` and `local_refunds`, written only by the local provider).
 */
export const PAYMENT_GATEWAY = Symbol('PaymentGateway');
