import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Product, category and blog URLs answered with their own head (issue 13): what a search engine
 * or a link preview reads without running JavaScript, and the data the app paints from.
 */
const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="DevGear default description" />
    <title>DevGear — gear for programmers</title>
    <script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp('page_metadata', { JOBS_INTERVAL_MS: '0' }, { webFiles: { 'index.html': SHELL } });
});
afterAll(() => t?.close());

interface Page {
  status: number;
  html: string;
  title: string | undefined;
  meta: (nameOrProperty: string) => string | undefined;
  canonical: string | undefined;
  jsonLd: Array<Record<string, any>>;
  initialData: Record<string, any> | null;
}

/** The page as a crawler gets it: plain HTTP, no JavaScript. */
async function page(path: string): Promise<Page> {
  const res = await request(t.server).get(path).set('accept', 'text/html');
  const html = res.text;
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const data = /<script id="initial-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  return {
    status: res.status,
    html,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    meta: (key) => unescape(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? '') || undefined,
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1])),
    initialData: data ? JSON.parse(data[1]) : null,
  };
}

const dollars = (amount: number) => (amount / 100).toFixed(2);

describe('product pages without JavaScript', () => {
  it("have the product's title, description, canonical link, Open Graph tags, price and JSON-LD (Product, Offer, AggregateRating from its reviews, BreadcrumbList)", async () => {
    const rated = (await request(t.server).get('/api/v1/products?sort=rating_desc&per_page=1')).body.data[0];
    const product = (await request(t.server).get(`/api/v1/products/${rated.slug}`)).body.data;
    expect(product.rating.count).toBeGreaterThan(0);

    const p = await page(`/products/${product.slug}`);
    expect(p.status).toBe(200);
    expect(p.title).toBe(`${product.name} — DevGear`.replace(/&/g, '&amp;'));
    expect(p.html.match(/<title>/g)).toHaveLength(1);
    expect(p.meta('description')).toContain(product.name);
    expect(p.meta('description')).not.toBe('DevGear default description');
    expect(p.canonical).toMatch(new RegExp(`^http://[^/]+/products/${product.slug}$`));
    expect(p.meta('og:type')).toBe('product');
    expect(p.meta('og:title')).toBe(`${product.name} — DevGear`);
    expect(p.meta('og:url')).toBe(p.canonical);

    const ld = p.jsonLd.find((x) => x['@type'] === 'Product')!;
    expect(ld.name).toBe(product.name);
    expect(ld.brand).toEqual({ '@type': 'Brand', name: product.brand });
    const offers = ld.offers as Array<Record<string, string>>;
    expect(offers.map((o) => [o.sku, o.price, o.priceCurrency, o.availability])).toEqual(
      product.variants.map((v: any) => [v.sku, dollars(v.price.amount), v.price.currency, v.in_stock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock']),
    );
    expect(offers.map((o) => o.price)).toContain(dollars(product.price.amount));
    expect(ld.aggregateRating).toMatchObject({ '@type': 'AggregateRating', ratingValue: product.rating.average, reviewCount: product.rating.count });

    const crumbs = p.jsonLd.find((x) => x['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.map((i: any) => i.name)).toEqual(['Home', product.category.name, product.name]);

    // The app paints from this: the same product the API answers.
    expect(p.initialData?.product).toEqual(product);
  });

  it('a product without reviews has no rating in its structured data', async () => {
    const all = (await request(t.server).get('/api/v1/products?per_page=100')).body.data as Array<{ slug: string; rating: { count: number } }>;
    const unrated = all.find((x) => x.rating.count === 0);
    if (!unrated) return;
    const ld = (await page(`/products/${unrated.slug}`)).jsonLd.find((x) => x['@type'] === 'Product')!;
    expect(ld.aggregateRating).toBeUndefined();
  });

  it('an unknown product gets the plain shell (the app shows its not-found page)', async () => {
    const p = await page('/products/no-such-product-anywhere');
    expect(p.status).toBe(200);
    expect(p.title).toBe('DevGear — gear for programmers');
    expect(p.jsonLd).toEqual([]);
    expect(p.initialData).toBeNull();
  });

  it('text from the catalog cannot break out of the head', async () => {
    const html = (await page('/products/%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E')).html;
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('category and blog pages', () => {
  it('a category page (the filtered catalog, or its /categories alias) has its own title, canonical and breadcrumbs', async () => {
    const categories = (await request(t.server).get('/api/v1/categories')).body.data as Array<{ slug: string; name: string; product_count: number }>;
    const category = categories.find((c) => c.product_count > 0)!;
    for (const path of [`/products?category=${category.slug}`, `/categories/${category.slug}`]) {
      const p = await page(path);
      expect(p.title).toBe(`${category.name} — DevGear`.replace(/&/g, '&amp;'));
      expect(p.meta('description')).toContain(String(category.product_count));
      expect(p.canonical).toMatch(new RegExp(`/products\\?category=${category.slug}$`));
      const crumbs = p.jsonLd.find((x) => x['@type'] === 'BreadcrumbList')!;
      expect(crumbs.itemListElement.at(-1).name).toBe(category.name);
      expect(p.initialData?.categories).toEqual(categories);
    }
  });

  it('a blog post has its title, excerpt, article Open Graph type and BlogPosting', async () => {
    const posts = (await request(t.server).get('/api/v1/blog/posts')).body.data as Array<{ slug: string; title: string; excerpt: string }>;
    if (posts.length === 0) return;
    const post = posts[0];
    const p = await page(`/blog/${post.slug}`);
    expect(p.meta('og:title')).toBe(`${post.title} — DevGear blog`);
    expect(p.meta('og:type')).toBe('article');
    expect(p.jsonLd.find((x) => x['@type'] === 'BlogPosting')?.headline).toBe(post.title);
    expect(p.initialData?.post.slug).toBe(post.slug);
  });
});

describe('first paint in the HTML (before any script runs)', () => {
  const root = (html: string) => /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';

  it("a product page's #root already shows its breadcrumb, name, price and picture, the picture fetched first", async () => {
    const summary = (await request(t.server).get('/api/v1/products?per_page=1')).body.data[0];
    const product = (await request(t.server).get(`/api/v1/products/${summary.slug}`)).body.data;
    const full = (await page(`/products/${product.slug}`)).html;
    const html = root(full);
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(`<h1 class="product-title">${escaped(product.name)}</h1>`);
    expect(html).toMatch(/<nav aria-label="Breadcrumb"/);
    expect(html).toContain(escaped(product.category.name));
    const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: product.price.currency }).format(product.price.amount / 100);
    expect(html).toMatch(new RegExp(`class="product-price">(from )?${price.replace(/[$.]/g, '\\$&')}<`));
    const image = product.images[0] ?? product.image;
    if (image) expect(html).toMatch(new RegExp(`<img src="${escaped(image.url)}"[^>]* width="800" height="600" fetchpriority="high"`));
    // Preloaded from the page's own origin (an APP_URL origin would be another host behind a proxy, blocked by the CSP).
    if (image) expect(full).toContain(`<link rel="preload" as="image" href="${escaped(image.url)}" fetchpriority="high" />`);
    // A search that works without JavaScript.
    expect(html).toContain('<form class="search-box" action="/products"><input name="q"');
  });

  it('the home page paints its hero heading; a category page its name; other pages stay empty for the app', async () => {
    expect(root((await page('/')).html)).toContain('<h1 class="hero__title">Gear for people who ship code</h1>');
    const category = ((await request(t.server).get('/api/v1/categories')).body.data as Array<{ slug: string; name: string }>)[0];
    expect(root((await page(`/products?category=${category.slug}`)).html)).toContain(`<h1 class="page-title">${category.name.replace(/&/g, '&amp;')}</h1>`);
    expect(root((await page('/cart')).html)).toBe('');
    // /products?category=x&sort=... asks other questions than the embedded first page answers.
    expect((await page(`/products?category=${category.slug}&sort=price_asc`)).initialData?.products).toBeUndefined();
    expect(root((await page('/products/no-such-product')).html)).toBe('');
  });
});

describe('a category page embeds its first listing', () => {
  it('the same products the API lists for it, and their first cards painted in #root with sized images', async () => {
    const categories = (await request(t.server).get('/api/v1/categories')).body.data as Array<{ slug: string; product_count: number; parent_id: string | null }>;
    const category = categories.find((c) => c.parent_id === null && c.product_count > 2)!;
    const api = (await request(t.server).get(`/api/v1/products?category=${category.slug}`)).body;
    for (const path of [`/products?category=${category.slug}`, `/categories/${category.slug}`]) {
      const p = await page(path);
      expect(p.initialData?.products.data).toEqual(api.data);
      expect(p.initialData?.products.meta).toEqual(api.meta);
    }
    const html = (await page(`/products?category=${category.slug}`)).html;
    const cards = [...html.matchAll(/<div class="product-card"><a href="\/products\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]));
    expect(cards).toEqual(api.data.slice(0, 6).map((x: { slug: string }) => x.slug));
    expect(html).toMatch(/<img [^>]*width="400" height="300" fetchpriority="high"/);
  });
});

describe('the home page embeds its sections', () => {
  it('the categories, "New arrivals", "Best rated" and the latest posts, each exactly as the API answers the query the page makes', async () => {
    const home = (await page('/')).initialData;
    const api = async (url: string) => (await request(t.server).get(url)).body;
    const newest = await api('/api/v1/products?sort=newest&per_page=8');
    expect(newest.data.length).toBeGreaterThan(0);
    expect(home?.home.newest).toEqual(newest);
    expect(home?.home.rating_desc).toEqual(await api('/api/v1/products?sort=rating_desc&per_page=8'));
    expect(home?.home.posts).toEqual(await api('/api/v1/blog/posts?per_page=3'));
    expect(home?.categories).toEqual((await api('/api/v1/categories')).data);
  });
});
