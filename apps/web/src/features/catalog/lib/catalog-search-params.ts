import { DEFAULT_PER_PAGE, PRODUCT_SORTS, productListQuerySchema, type ProductSort } from '@devgear/contracts';
import type { z } from 'zod';
import type { ProductListParams } from '../api/catalog-api';

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

const shape = productListQuerySchema.shape;

type Shape = typeof shape;

function field<K extends keyof Shape>(key: K, raw: string | null): z.output<Shape[K]> | undefined {
  if (raw === null) return undefined;
  const parsed = shape[key].safeParse(raw);
  return parsed.success ? (parsed.data as z.output<Shape[K]>) : undefined;
}

/**
 * Reads the catalog state from the URL. Values the API would reject (a typo in a shared
 * link, a hand-edited URL) are ignored rather than turned into an error page.
 */
export function parseCatalogSearchParams(params: URLSearchParams): CatalogState {
  const q = field('q', params.get('q'));
  const category = field('category', params.get('category'));
  const brand = field('brand', params.get('brand'));
  let price_min = field('price_min', params.get('price_min'));
  let price_max = field('price_max', params.get('price_max'));
  if (price_min !== undefined && price_max !== undefined && price_min > price_max) {
    price_min = undefined;
    price_max = undefined;
  }
  const in_stock = field('in_stock', params.get('in_stock')) === 'true' ? true : undefined;
  const requestedSort = field('sort', params.get('sort'));
  const sort = requestedSort && availableSorts(q).includes(requestedSort) ? requestedSort : defaultSort(q);
  const page = field('page', params.get('page')) ?? 1;
  const per_page = field('per_page', params.get('per_page')) ?? DEFAULT_PER_PAGE;
  return { q, category, brand, price_min, price_max, in_stock, sort, page, per_page };
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

export type CatalogPatch = { [K in keyof CatalogState]?: CatalogState[K] | undefined };

/**
 * The URL after applying a change. Any change but paging sends the shopper back to page
 * 1; defaults (page 1, 24 per page, the default sort) are left out to keep links short.
 */
export function applyCatalogPatch(current: URLSearchParams, patch: CatalogPatch): URLSearchParams {
  const state = parseCatalogSearchParams(current);
  const next: CatalogState = { ...state, ...patch } as CatalogState;
  const touchesMoreThanPage = Object.keys(patch).some((k) => k !== 'page');
  if (touchesMoreThanPage && !('page' in patch)) next.page = 1;
  if ('q' in patch && !('sort' in patch) && (state.sort === defaultSort(state.q) || !availableSorts(next.q).includes(state.sort))) {
    // A new search ranks by relevance; leaving a search falls back from relevance.
    next.sort = defaultSort(next.q);
  }
  return serialiseCatalogState(next);
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
