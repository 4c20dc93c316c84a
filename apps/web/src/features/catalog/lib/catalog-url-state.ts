import { DEFAULT_PER_PAGE, productListQuerySchema } from '@devgear/contracts';
import type { z } from 'zod';
import { availableSorts, defaultSort, serialiseCatalogState, type CatalogState } from './catalog-search-params';

/**
 * Reading and changing the catalog's URL state (the catalog page only). Apart from
 * catalog-search-params.ts, whose links the header needs: this half validates with the
 * contract's zod schema, which the first download of every page should not carry.
 */

type Shape = (typeof productListQuerySchema)['shape'];

function field<K extends keyof Shape>(key: K, raw: string | null): z.output<Shape[K]> | undefined {
  if (raw === null) return undefined;
  const parsed = productListQuerySchema.shape[key].safeParse(raw);
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

