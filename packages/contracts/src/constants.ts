/**
 * Plain constants of the contract, in a module without zod: a client that needs only these
 * (the web app's first download) does not pull in the schemas (the package has no side effects).
 */
export const PRODUCT_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating_desc', 'name_asc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const DEFAULT_PER_PAGE = 24;
export const MAX_PER_PAGE = 100;

export const USER_ROLES = ['customer', 'admin'] as const;
