/**
 * What other modules may use of the catalog besides its module and tokens: the product lookup
 * built on the catalog read model, and the one wire shape of a product summary (wishlist,
 * recommendations and blog show products exactly as the catalog lists them).
 */
export { CatalogProductLookup } from './catalog-product-lookup';
/** Provided (and exported) by CatalogModule: the pictures of cart and order lines. */
export { ProductThumbnails } from './product-thumbnails';
export { presentSummary } from './http/catalog.presenter';
