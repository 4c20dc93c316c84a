import type { BrowseProductsUseCase, ListCategoriesUseCase } from '@devgear/application';

/** Pages no search engine should list: accounts, carts, checkout, the back office, the API. */
const PRIVATE_PATHS = ['/admin', '/account', '/cart', '/checkout', '/orders', '/sign-in', '/sign-up', '/forgot-password', '/reset-password', '/api/'];

export function robotsTxt(appUrl: string): string {
  return ['User-agent: *', 'Allow: /', ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`), '', `Sitemap: ${appUrl}/sitemap.xml`, ''].join('\n');
}

/** The sitemap protocol's limit for one file. */
const MAX_URLS = 50_000;
const PAGE = 100;

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * /sitemap.xml: the home page, the catalog, every category that lists products (its canonical
 * page is the filtered catalog, where /categories/{slug} leads) and every visible product.
 */
export async function buildSitemap(appUrl: string, products: BrowseProductsUseCase, categories: ListCategoriesUseCase): Promise<string> {
  const urls: string[] = [`${appUrl}/`, `${appUrl}/products`];
  for (const c of await categories.execute()) {
    if (c.productCount > 0) urls.push(`${appUrl}/products?category=${encodeURIComponent(c.slug)}`);
  }
  for (let page = 1; urls.length < MAX_URLS; page++) {
    const result = await products.execute({ sort: 'newest', page, perPage: PAGE });
    for (const p of result.items) urls.push(`${appUrl}/products/${encodeURIComponent(p.slug)}`);
    if (page * PAGE >= result.total || result.items.length === 0) break;
  }
  const body = urls
    .slice(0, MAX_URLS)
    .map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Keeps one computed value for `ttlMs`; concurrent callers share one computation. */
export function cachedFor<T>(ttlMs: number, compute: () => Promise<T>, now: () => number = Date.now): () => Promise<T> {
  let value: { at: number; promise: Promise<T> } | null = null;
  return () => {
    if (!value || now() - value.at > ttlMs) {
      const promise = compute();
      value = { at: now(), promise };
      // A failure is not cached: the next request tries again.
      promise.catch(() => {
        if (value?.promise === promise) value = null;
      });
    }
    return value.promise;
  };
}
