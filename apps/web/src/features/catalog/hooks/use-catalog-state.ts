import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FILTER_KEYS, type CatalogState } from '../lib/catalog-search-params';
import { applyCatalogPatch, parseCatalogSearchParams, type CatalogPatch } from '../lib/catalog-url-state';

export interface CatalogStateApi {
  state: CatalogState;
  /** Applies a change to the URL; anything but a page change returns to page 1. */
  update: (patch: CatalogPatch) => void;
  clearFilters: () => void;
}

/** The catalog page's state, read from and written to the URL's search params. */
export function useCatalogState(): CatalogStateApi {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseCatalogSearchParams(searchParams), [searchParams]);
  const update = useCallback(
    (patch: CatalogPatch) => setSearchParams((prev) => applyCatalogPatch(prev, patch)),
    [setSearchParams],
  );
  const clearFilters = useCallback(() => {
    const patch: CatalogPatch = {};
    for (const key of FILTER_KEYS) patch[key] = undefined;
    update(patch);
  }, [update]);
  return { state, update, clearFilters };
}
