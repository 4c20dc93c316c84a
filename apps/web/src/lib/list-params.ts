/** A page number or size from the URL: a positive whole number, else the fallback. */
export function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/**
 * Merges changes into a list page's search params, leaving out empty values and the defaults
 * (page 1, the default page size), so URLs stay short and shareable.
 */
export function mergeListParams(params: URLSearchParams, next: Record<string, string | number | null>, defaultPerPage: number): URLSearchParams {
  const merged = new URLSearchParams(params);
  for (const [key, value] of Object.entries(next)) {
    if (value === null || value === '' || (key === 'page' && value === 1) || (key === 'per_page' && value === defaultPerPage)) merged.delete(key);
    else merged.set(key, String(value));
  }
  return merged;
}

/** The page sizes every back-office table offers. */
export const PER_PAGE_OPTIONS = [10, 20, 50, 100];

/**
 * antd's pagination for a URL-driven list: the API's `meta` once it answered, the URL's page
 * before; a new page size goes back to page 1.
 */
export function tablePagination(
  meta: { page: number; per_page: number; total: number } | undefined,
  page: number,
  perPage: number,
  update: (next: Record<string, number>) => void,
) {
  return {
    current: meta?.page ?? page,
    pageSize: meta?.per_page ?? perPage,
    total: meta?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PER_PAGE_OPTIONS,
    onChange: (nextPage: number, nextSize: number) => update(nextSize !== perPage ? { page: 1, per_page: nextSize } : { page: nextPage }),
  };
}
