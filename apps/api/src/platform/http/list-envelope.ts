import type { ListLinks, ListMeta } from '@devgear/contracts';

/**
 * Builds `meta` and `links` of a list envelope. Links keep every query parameter of the
 * request and only change `page`, so a client can follow them blindly.
 */
export function listEnvelope<T, X extends object = object>(
  items: T[],
  page: { page: number; perPage: number; total: number },
  requestUrl: string,
  extraMeta?: X,
): { data: T[]; meta: ListMeta & X; links: ListLinks } {
  const hasNext = page.page * page.perPage < page.total;
  const link = (p: number) => {
    const url = new URL(requestUrl, 'http://local');
    url.searchParams.set('page', String(p));
    return `${url.pathname}${url.search}`;
  };
  const self = new URL(requestUrl, 'http://local');
  return {
    data: items,
    meta: { page: page.page, per_page: page.perPage, total: page.total, has_next: hasNext, ...(extraMeta as X) },
    links: {
      self: `${self.pathname}${self.search}`,
      next: hasNext ? link(page.page + 1) : null,
      prev: page.page > 1 ? link(page.page - 1) : null,
    },
  };
}
