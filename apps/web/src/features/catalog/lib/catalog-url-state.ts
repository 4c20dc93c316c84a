import { DEFAULT_PER_PAGE, MAX_PER_PAGE, PRODUCT_SORTS, type ProductSort } from '@devgear/contracts';
import { availableSorts, defaultSort, serialiseCatalogState, type CatalogState } from './catalog-search-params';

/**
 * Reading and changing the catalog's URL state (the catalog page only), with the same rules as
 * the contract's productListQuerySchema (catalog-url-state.test.ts checks they agree) but
 * without zod, which would add about 26 KB gzipped to the catalog's first download.
 */

/** Text trimmed, at most `max` characters before trimming (the schema's optionalText); empty is absent. */
function text(raw: string | null, max: number): string | undefined {
  if (raw === null || raw.length > max) return undefined;
  return raw.trim() || undefined;
}

/** Digits only (queryInt): no "1e3", "0x10", " 5", "1.5"; within [min, max]. */
function whole(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || !/^-?\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PRICE = 100_000_000;

/**
 * Reads the catalog state from the URL. Values the API would reject (a typo in a shared
 * link, a hand-edited URL) are ignored rather than turned into an error page.
 */
export function parseCatalogSearchParams(params: URLSearchParams): CatalogState {
  const q = text(params.get('q'), 200);
  const rawCategory = params.get('category');
  const category = rawCategory !== null && rawCategory.length <= 100 && SLUG.test(rawCategory) ? rawCategory : undefined;
  const brand = text(params.get('brand'), 100);
  let price_min = whole(params.get('price_min'), 0, MAX_PRICE);
  let price_max = whole(params.get('price_max'), 0, MAX_PRICE);
  if (price_min !== undefined && price_max !== undefined && price_min > price_max) {
    price_min = undefined;
    price_max = undefined;
  }
  const in_stock = params.get('in_stock') === 'true' ? true : undefined;
  const rawSort = params.get('sort');
  const requestedSort = PRODUCT_SORTS.find((s): s is ProductSort => s === rawSort);
  const sort = requestedSort && availableSorts(q).includes(requestedSort) ? requestedSort : defaultSort(q);
  const page = whole(params.get('page'), 1, 100_000) ?? 1;
  const per_page = whole(params.get('per_page'), 1, MAX_PER_PAGE) ?? DEFAULT_PER_PAGE;
  return { q, category, brand, price_min, price_max, in_stock, sort, page, per_page };
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

