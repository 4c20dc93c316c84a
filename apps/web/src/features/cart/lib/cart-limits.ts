/** Units per cart line the API accepts (CONTRACT.md, Cart: quantity 1..99). */
export const MIN_LINE_QUANTITY = 1;
export const MAX_LINE_QUANTITY = 99;
