import request from 'supertest';
import type { ProductDetailDto, ProductListResponse } from '@devgear/contracts';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
const api = (path: string) => request(t.server).get(`/api/v1${path}`);
const list = async (query: string) => {
  const res = await api(`/products${query}`);
  expect(res.status).toBe(200);
  return res.body as ProductListResponse;
};

beforeAll(async () => {
  t = await startTestApp('catalog_e2e');
});
afterAll(async () => {
  await t?.close();
});

function expectValidationError(res: request.Response, field: string) {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_ERROR');
  expect(Object.keys(res.body.error.details)).toContain(field);
  expect(res.body.error.request_id).toBe(res.headers['x-request-id']);
}

describe('GET /categories', () => {
  it('lists the category tree with product counts that include sub-categories', async () => {
    const res = await api('/categories');
    expect(res.status).toBe(200);
    const cats = res.body.data as { id: string; slug: string; name: string; parent_id: string | null; product_count: number }[];
    expect(cats.length).toBeGreaterThanOrEqual(10);
    for (const slug of ['keyboards', 'mice', 'monitors', 'laptops', 'headphones', 'microcontrollers', 'cables', 'desk-gear', 'books']) {
      expect(cats.find((c) => c.slug === slug)).toBeDefined();
    }
    const keyboards = cats.find((c) => c.slug === 'keyboards')!;
    expect(keyboards.product_count).toBeGreaterThan(0);
    const parent = cats.find((c) => c.id === keyboards.parent_id);
    if (parent) {
      const children = cats.filter((c) => c.parent_id === parent.id);
      expect(parent.product_count).toBeGreaterThanOrEqual(children.reduce((n, c) => n + c.product_count, 0));
    }
  });
});

describe('GET /products', () => {
  it('returns the first page with the list envelope, summaries and facets', async () => {
    const body = await list('');
    expect(body.meta).toMatchObject({ page: 1, per_page: 24, has_next: true });
    expect(body.meta.total).toBeGreaterThanOrEqual(150);
    expect(body.data).toHaveLength(24);
    expect(body.links.self).toBe('/api/v1/products');
    expect(body.links.next).toBe('/api/v1/products?page=2');
    expect(body.links.prev).toBeNull();
    const p = body.data[0];
    expect(Object.keys(p).sort()).toEqual(['brand', 'category', 'id', 'image', 'in_stock', 'max_price', 'name', 'price', 'rating', 'slug'].sort());
    expect(Number.isInteger(p.price.amount)).toBe(true);
    expect(p.price.currency).toBe('USD');
    expect(p.image?.url).toMatch(/^\/media\/demo\/.+\.svg$/);
    const brandTotal = body.meta.facets.brands.reduce((n, b) => n + b.count, 0);
    expect(brandTotal).toBe(body.meta.total);
    expect(body.meta.facets.price.min).toBeLessThanOrEqual(body.meta.facets.price.max as number);
  });

  it('serves the listed image', async () => {
    const body = await list('?per_page=1');
    const res = await request(t.server).get(body.data[0].image!.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(String(res.body ?? res.text)).toContain('<svg');
  });

  it('searches full text by q and ranks name matches first', async () => {
    const body = await list('?q=keyboard&per_page=10');
    expect(body.meta.total).toBeGreaterThan(5);
    expect(body.data[0].name.toLowerCase()).toContain('keyboard');
  });

  it('tolerates a typo in q', async () => {
    const body = await list('?q=keybord');
    expect(body.data.some((p) => p.name.toLowerCase().includes('keyboard'))).toBe(true);
  });

  it('filters by category (slug), including sub-categories', async () => {
    const body = await list('?category=keyboards&per_page=100');
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((p) => p.category.slug === 'keyboards')).toBe(true);
    const cats = (await api('/categories')).body.data as { slug: string; id: string; parent_id: string | null }[];
    const keyboards = cats.find((c) => c.slug === 'keyboards')!;
    const parent = cats.find((c) => c.id === keyboards.parent_id);
    if (parent) {
      const parentBody = await list(`?category=${parent.slug}&per_page=1`);
      expect(parentBody.meta.total).toBeGreaterThanOrEqual(body.meta.total);
    }
  });

  it('answers an unknown category with an empty page, not an error', async () => {
    const body = await list('?category=no-such-category');
    expect(body.data).toEqual([]);
    expect(body.meta.total).toBe(0);
    expect(body.meta.has_next).toBe(false);
  });

  it('filters by brand, case-insensitively, and keeps the other brands in the facet', async () => {
    const all = await list('?category=keyboards');
    const brand = all.meta.facets.brands[0].name;
    const body = await list(`?category=keyboards&brand=${encodeURIComponent(brand.toUpperCase())}&per_page=100`);
    expect(body.data.length).toBe(all.meta.facets.brands[0].count);
    expect(body.data.every((p) => p.brand === brand)).toBe(true);
    expect(body.meta.facets.brands.length).toBe(all.meta.facets.brands.length);
  });

  it('filters by price range in minor units', async () => {
    const body = await list('?price_min=5000&price_max=15000&per_page=100');
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((p) => p.price.amount >= 5000 && p.price.amount <= 15000)).toBe(true);
  });

  it('filters to products in stock', async () => {
    const everything = await list('?per_page=1');
    const body = await list('?in_stock=true&per_page=100');
    expect(body.data.every((p) => p.in_stock)).toBe(true);
    expect(body.meta.total).toBeLessThan(everything.meta.total);
    const onlyOut = await list('?in_stock=false&per_page=1');
    expect(onlyOut.meta.total).toBe(everything.meta.total); // false means "no filter"
  });

  it.each([
    ['price_asc', (a: ProductListResponse['data'][0], b: ProductListResponse['data'][0]) => a.price.amount <= b.price.amount],
    ['price_desc', (a: ProductListResponse['data'][0], b: ProductListResponse['data'][0]) => a.price.amount >= b.price.amount],
    ['rating_desc', (a: ProductListResponse['data'][0], b: ProductListResponse['data'][0]) => a.rating.average >= b.rating.average],
  ])('sorts by %s', async (sort, inOrder) => {
    const body = await list(`?sort=${sort}&per_page=100`);
    for (let i = 1; i < body.data.length; i += 1) expect(inOrder(body.data[i - 1], body.data[i])).toBe(true);
  });

  it('sorts by name_asc', async () => {
    const body = await list('?sort=name_asc&per_page=100');
    const ascii = body.data.map((p) => p.name.toLowerCase()).filter((n) => /^[a-z0-9 ]+$/.test(n));
    for (let i = 1; i < ascii.length; i += 1) expect(ascii[i - 1].localeCompare(ascii[i], 'en') <= 0).toBe(true);
  });

  it('sorts by newest by default and by relevance when q is given', async () => {
    const byDefault = await list('?per_page=10');
    const newest = await list('?sort=newest&per_page=10');
    expect(byDefault.data.map((p) => p.id)).toEqual(newest.data.map((p) => p.id));
    const relevance = await list('?q=keyboard&per_page=10');
    const explicit = await list('?q=keyboard&sort=relevance&per_page=10');
    expect(relevance.data.map((p) => p.id)).toEqual(explicit.data.map((p) => p.id));
  });

  it('combines filters, sort and pagination; pages do not overlap', async () => {
    const first = await list('?category=keyboards&in_stock=true&sort=price_asc&per_page=5&page=1');
    const second = await list('?category=keyboards&in_stock=true&sort=price_asc&per_page=5&page=2');
    expect(first.data).toHaveLength(5);
    const ids = new Set(first.data.map((p) => p.id));
    expect(second.data.some((p) => ids.has(p.id))).toBe(false);
    expect(second.data[0].price.amount).toBeGreaterThanOrEqual(first.data[4].price.amount);
    expect(second.links.prev).toContain('page=1');
    expect(second.links.self).toContain('category=keyboards');
  });

  it('returns an empty page past the end with the real total', async () => {
    const body = await list('?page=999');
    expect(body.data).toEqual([]);
    expect(body.meta.total).toBeGreaterThan(0);
    expect(body.meta.has_next).toBe(false);
    expect(body.links.next).toBeNull();
  });

  it.each([
    ["' OR 1=1 --"],
    ["'; DROP TABLE products; --"],
    ['%'],
    ['_'],
    ['"quoted"'],
    ['100%'],
    ['Über'],
    ['日本語'],
    ['a\\b'],
    ['-keyboard'],
  ])('treats q=%s as plain text', async (q) => {
    const res = await api(`/products?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data)).toBe(true);
  });

  it('does not turn % or _ into wildcards', async () => {
    const all = await list('?per_page=1');
    expect((await list('?q=%25')).meta.total).toBeLessThan(all.meta.total);
    expect((await list('?q=_')).meta.total).toBeLessThan(all.meta.total);
    expect((await list('?per_page=1')).meta.total).toBe(all.meta.total); // and nothing was dropped
  });

  it('finds names with quotes, percent signs and unicode', async () => {
    const apostrophe = await list(`?q=${encodeURIComponent("Hacker's")}`);
    expect(apostrophe.data.some((p) => p.name.includes("'"))).toBe(true);
  });

  it.each([
    ['per_page=500', 'per_page'],
    ['per_page=0', 'per_page'],
    ['per_page=abc', 'per_page'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['sort=bogus', 'sort'],
    ['price_min=-1', 'price_min'],
    ['price_min=ten', 'price_min'],
    ['price_max=1e3', 'price_max'],
    ['price_min=5000&price_max=100', 'price_min'],
    ['in_stock=maybe', 'in_stock'],
    ['category=Not%20A%20Slug!', 'category'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('rejects %s with 400 naming %s', async (query, field) => {
    expectValidationError(await api(`/products?${query}`), field);
  });
});

describe('GET /products/{id-or-slug}', () => {
  it("a summary's price and max_price are its cheapest and dearest variant prices (cards say \"from $X\" when they differ)", async () => {
    const summaries = (await list('?category=keyboards&per_page=12')).data;
    let differing = 0;
    for (const summary of summaries) {
      const detail = (await api(`/products/${summary.slug}`)).body.data as ProductDetailDto;
      const prices = detail.variants.map((v) => v.price.amount);
      expect([summary.slug, summary.price.amount, summary.max_price.amount]).toEqual([summary.slug, Math.min(...prices), Math.max(...prices)]);
      expect(summary.max_price.currency).toBe(summary.price.currency);
      expect(detail.max_price).toEqual(summary.max_price);
      if (summary.max_price.amount > summary.price.amount) differing += 1;
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('returns the full product by slug and by id', async () => {
    const summary = (await list('?category=keyboards&per_page=1')).data[0];
    const bySlug = await api(`/products/${summary.slug}`);
    expect(bySlug.status).toBe(200);
    const p = bySlug.body.data as ProductDetailDto;
    expect(p).toMatchObject({ id: summary.id, slug: summary.slug, name: summary.name, brand: summary.brand, in_stock: summary.in_stock });
    expect(p.description.length).toBeGreaterThan(20);
    expect(p.specifications.length).toBeGreaterThanOrEqual(4);
    expect(p.images[0]).toMatchObject({ url: summary.image!.url, alt: summary.image!.alt });
    expect(p.variants.length).toBeGreaterThanOrEqual(2);
    for (const v of p.variants) {
      expect(v).toEqual({
        id: expect.any(String),
        sku: expect.any(String),
        name: expect.any(String),
        options: expect.any(Object),
        price: { amount: expect.any(Number), currency: 'USD' },
        in_stock: v.available > 0,
        available: expect.any(Number),
      });
    }
    expect(p.price.amount).toBe(Math.min(...p.variants.map((v) => v.price.amount)));
    const byId = await api(`/products/${summary.id}`);
    expect(byId.body.data).toEqual(p);
  });

  it.each(['no-such-product', '00000000-0000-4000-8000-000000000000', "x'; select 1; --"])('answers 404 NOT_FOUND for %s', async (key) => {
    const res = await api(`/products/${encodeURIComponent(key)}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String), request_id: res.headers['x-request-id'] });
    expect(new Date(res.body.error.timestamp).toString()).not.toBe('Invalid Date');
  });
});
