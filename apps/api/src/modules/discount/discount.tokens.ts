/**
 * DI token of the DiscountRepository port (discount owns `discounts` and `discount_redemptions`):
 * carts look codes up through it, checkout records a redemption in its unit of work.
 */
export const DISCOUNT_REPOSITORY = Symbol('DiscountRepository');
