import { DEFAULT_PER_PAGE, PRODUCT_SORTS, type ProductSort } from '@devgear/contracts';
import type { ProductListParams } from '@/api/catalog-api';

/**
 * The catalog page keeps all of its state in the URL (?q=&category=&brand=&price_min=
 * &price_max=&in_stock=true&sort=&page=&per_page=), with the API's own names and units
 * (prices in minor units), so a filtered page can be shared, bookmarked and reloaded.
 */

export const PER_PAGE_OPTIONS = [12, 24, 48] as const;

export const SORT_LABELS: Record<ProductSort, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  rating_desc: 'Best rated',
  name_asc: 'Name: A to Z',
};

/** The filters a shopper narrows the catalog with (everything but sort and paging). */
export interface CatalogFilters {
  q?: string;
  category?: string;
  brand?: string;
  price_min?: number;
  price_max?: number;
  in_stock?: boolean;
}

export type CatalogFilterKey = keyof CatalogFilters;
export const FILTER_KEYS: readonly CatalogFilterKey[] = ['q', 'category', 'brand', 'price_min', 'price_max', 'in_stock'];

export interface CatalogState extends CatalogFilters {
  sort: ProductSort;
  page: number;
  per_page: number;
}

export function defaultSort(q: string | undefined): ProductSort {
  return q ? 'relevance' : 'newest';
}

/** Sorts a shopper may choose: relevance only makes sense for a text search. */
export function availableSorts(q: string | undefined): ProductSort[] {
  return PRODUCT_SORTS.filter((s) => s !== 'relevance' || Boolean(q));
}

/** The GET /products parameters for a catalog state. */
export function toProductListParams(state: CatalogState): ProductListParams {
  const params: ProductListParams = { sort: state.sort, page: state.page, per_page: state.per_page };
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value !== undefined) (params as Record<string, unknown>)[key] = value;
  }
  return params;
}

export function serialiseCatalogState(state: CatalogState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q) out.set('q', state.q);
  if (state.category) out.set('category', state.category);
  if (state.brand) out.set('brand', state.brand);
  if (state.price_min !== undefined) out.set('price_min', String(state.price_min));
  if (state.price_max !== undefined) out.set('price_max', String(state.price_max));
  if (state.in_stock) out.set('in_stock', 'true');
  if (state.sort && state.sort !== defaultSort(state.q)) out.set('sort', state.sort);
  if (state.page && state.page > 1) out.set('page', String(state.page));
  if (state.per_page && state.per_page !== DEFAULT_PER_PAGE) out.set('per_page', String(state.per_page));
  return out;
}

export function hasActiveFilters(state: CatalogFilters): boolean {
  return FILTER_KEYS.some((k) => state[k] !== undefined);
}

/** Link to the catalog with the given state (e.g. from the header search or a category). */
export function catalogHref(state: Partial<CatalogState>): string {
  const full: CatalogState = { sort: defaultSort(state.q), page: 1, per_page: DEFAULT_PER_PAGE, ...state } as CatalogState;
  const qs = serialiseCatalogState(full).toString();
  return qs ? `/products?${qs}` : '/products';
}
