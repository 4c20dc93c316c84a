/** DI token of the CartRepository port (cart owns `carts` and `cart_lines`): checkout empties the cart in its unit of work. */
export const CART_REPOSITORY = Symbol('CartRepository');
/** DI token of the GuestCartStore port (guest cart tokens, `guest_carts`). */
export const GUEST_CARTS = Symbol('GuestCartStore');
