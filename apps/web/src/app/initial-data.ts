import { LATEST_POSTS_COUNT, PRODUCT_ROW_SIZE, type InitialPageData } from '@devgear/contracts';
import { blogApi } from '@/features/blog/api/blog-api';
import { catalogApi } from '@/api/catalog-api';
import { toProductListParams } from '@/features/catalog/lib/catalog-search-params';
import { parseCatalogSearchParams } from '@/features/catalog/lib/catalog-url-state';
import type { AppStore } from './store';

/** The embedded data of this page load, or null (no script tag, or not JSON). */
export function readInitialData(doc: Document = document): InitialPageData | null {
  const text = doc.getElementById('initial-data')?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as InitialPageData;
  } catch {
    return null;
  }
}

/**
 * Puts the server's embedded data in the API cache under the queries the page is about to make
 * (the product of /products/:slug, the post of /blog/:slug, the categories), so the first paint
 * needs no second round trip. The keys come from this URL, as the pages read them.
 */
export function seedInitialData(store: AppStore, data: InitialPageData | null, pathname: string, search = ''): void {
  if (!data) return;
  const product = /^\/products\/([^/]+)\/?$/.exec(pathname);
  if (product && data.product) {
    void store.dispatch(catalogApi.util.upsertQueryData('getProduct', decodeURIComponent(product[1]), data.product));
  }
  const post = /^\/blog\/([^/]+)\/?$/.exec(pathname);
  if (post && data.post) void store.dispatch(blogApi.util.upsertQueryData('getPost', decodeURIComponent(post[1]), data.post));
  if (data.categories) void store.dispatch(catalogApi.util.upsertQueryData('getCategories', undefined, data.categories));
  // The home page paints its rows and posts without a skeleton and without asking the API again.
  if (data.home && pathname === '/') {
    for (const sort of ['newest', 'rating_desc'] as const) {
      void store.dispatch(catalogApi.util.upsertQueryData('listProducts', { sort, per_page: PRODUCT_ROW_SIZE }, data.home[sort]));
    }
    void store.dispatch(blogApi.util.upsertQueryData('listPosts', { per_page: LATEST_POSTS_COUNT }, data.home.posts));
  }
  // The category's first page, under the very arguments the catalog page asks with for this URL.
  const params = new URLSearchParams(search);
  if (data.products && pathname === '/products' && params.has('category') && [...params.keys()].every((key) => key === 'category')) {
    void store.dispatch(catalogApi.util.upsertQueryData('listProducts', toProductListParams(parseCatalogSearchParams(params)), data.products));
  }
}
