/** DI token of the PaymentGateway port: Stripe with STRIPE_SECRET_KEY, the local provider otherwise. */
export const PAYMENT_GATEWAY = Symbol('PaymentGateway');

/** DI token of the GuestCartStore port (guest cart tokens). */
export const GUEST_CARTS = Symbol('GuestCartStore');
