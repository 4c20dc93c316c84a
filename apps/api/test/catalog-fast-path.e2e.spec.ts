import http, { type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaService } from '../src/platform/database/prisma.service';
import { register } from './support/auth';
import { bearer } from './support/shop';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The public catalog reads served outside Nest (CatalogFastPath): rendered once and served
 * ready-made, yet with the request id, security headers, rate limit and error envelope of
 * every other route, conditional GETs, compression, and never a stale page.
 */
let t: TestApp;
let ipCounter = 0;
/** Every test calls from its own client address (TRUST_PROXY), so rate-limit budgets do not mix. */
const client = () => `10.9.0.${(ipCounter += 1)}`;
const get = (path: string, ip = client()) => request(t.server).get(`/api/v1${path}`).set('X-Forwarded-For', ip);

beforeAll(async () => {
  t = await startTestApp('catalog_fast_path', { TRUST_PROXY: 'true', RATE_LIMIT_API: '6/60', JOBS_INTERVAL_MS: '0' });
});
afterAll(async () => {
  await t?.close();
});

/** The bytes as sent (supertest would decompress them). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${t.server}/api/v1${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('conditional GET and compression', () => {
  it.each(['/products?category=keyboards&sort=price_asc', '/categories'])('answers If-None-Match with 304 for %s', async (path) => {
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get(path).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['x-request-id']).toBeDefined();
    // A weak validator or a list naming it matches too; another tag does not.
    expect((await get(path).set('If-None-Match', `"other", W/${first.headers.etag}`)).status).toBe(304);
    expect((await get(path).set('If-None-Match', '"other"')).status).toBe(200);
  });

  it('serves a product page by slug and id with the same ETag, and 304 on revalidation', async () => {
    const summary = (await get('/products?category=mice&per_page=1')).body.data[0];
    const bySlug = await get(`/products/${summary.slug}`);
    const byId = await get(`/products/${summary.id}`);
    expect(bySlug.body).toEqual(byId.body);
    expect(bySlug.headers.etag).toBe(byId.headers.etag);
    expect((await get(`/products/${summary.slug}`).set('If-None-Match', bySlug.headers.etag)).status).toBe(304);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('compresses with %s when the client accepts it, the same JSON as uncompressed', async (encoding, decompress) => {
    const ip = client();
    const plain = await get('/products?per_page=50', ip).set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const packed = await rawGet('/products?per_page=50', { 'x-forwarded-for': ip, 'accept-encoding': `${encoding}, identity;q=0.5` });
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers.etag).toBe(plain.headers.etag);
    expect(packed.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(plain.body)) / 3);
    expect(JSON.parse(decompress(packed.body).toString('utf8'))).toEqual(plain.body);
  });

  it('answers HEAD without a body', async () => {
    const res = await request(t.server).head('/api/v1/products?per_page=2').set('X-Forwarded-For', client());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.text ?? '').toBe('');
  });
});

describe('the front door (cached pages answered before Fastify)', () => {
  const names = (headers: IncomingHttpHeaders) => Object.keys(headers).filter((n) => n !== 'date');

  it.each([
    ['identity', undefined],
    ['br', brotliDecompressSync],
  ] as const)('gives the answer the Fastify route gave (%s): status, headers, body; the request counted once', async (encoding, decompress) => {
    const ip = client();
    const path = `/products?category=keyboards&per_page=3&front=${encoding}`;
    const asked = { 'x-forwarded-for': ip, 'accept-encoding': encoding };
    const shopper = await register(t.server);
    const before = t.shop.frontDoor.answered;
    // A signed-in caller's request goes to the Fastify route (which renders the page afresh: it is
    // not kept for anonymous callers yet); the next two are the front door's, rendered and kept.
    const routed = await rawGet(path, { ...asked, authorization: `Bearer ${shopper.access_token}` });
    expect(t.shop.frontDoor.answered).toBe(before);
    const rendered = await rawGet(path, asked);
    const served = await rawGet(path, { ...asked, 'x-request-id': 'front-door-1' });
    expect(t.shop.frontDoor.answered).toBe(before + 2);
    expect(served.status).toBe(200);
    expect(names(rendered.headers)).toEqual(names(routed.headers));
    expect(rendered.body.equals(routed.body)).toBe(true);
    expect(names(served.headers)).toEqual(names(rendered.headers));
    expect(served.body.equals(rendered.body)).toBe(true);
    if (decompress) expect(JSON.parse(decompress(served.body).toString('utf8')).data).toHaveLength(3);
    expect(served.headers['x-request-id']).toBe('front-door-1');
    expect(served.headers['content-security-policy']).toBe(rendered.headers['content-security-policy']);
    expect(served.headers.etag).toBe(rendered.headers.etag);
    expect(Number(served.headers['x-ratelimit-remaining-api'])).toBe(Number(rendered.headers['x-ratelimit-remaining-api']) - 1);
    // A revalidation is answered there too: 304, the same headers as the route's 304 (a signed-in
    // caller's request goes to the route).
    const revalidate = { ...asked, 'if-none-match': served.headers.etag as string };
    const routed304 = await rawGet(path, { ...revalidate, authorization: `Bearer ${shopper.access_token}` });
    const door304 = await rawGet(path, revalidate);
    expect([routed304.status, door304.status]).toEqual([304, 304]);
    expect(names(door304.headers)).toEqual(names(routed304.headers));
    expect(door304.body.length).toBe(0);
  });

  it('renders a product page it has no copy of (the same answer as the route), and leaves an unknown one or a bad listing filter to the route, counted once', async () => {
    const summary = (await get('/products?category=monitors&per_page=1')).body.data[0];
    const shopper = await register(t.server);
    const ip = client();
    const before = t.shop.frontDoor.answered;
    const rendered = await rawGet(`/products/${summary.id}`, { 'x-forwarded-for': ip });
    expect(rendered.status).toBe(200);
    expect(t.shop.frontDoor.answered).toBe(before + 1);
    const routed = await rawGet(`/products/${summary.id}`, { 'x-forwarded-for': ip, authorization: `Bearer ${shopper.access_token}` });
    expect(t.shop.frontDoor.answered).toBe(before + 1);
    expect(names(rendered.headers)).toEqual(names(routed.headers));
    expect(rendered.body.equals(routed.body)).toBe(true);
    expect(JSON.parse(rendered.body.toString('utf8')).data.id).toBe(summary.id);

    const missing = await get('/products/no-such-product-here', ip).set('X-Request-Id', 'front-door-404');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', request_id: 'front-door-404' });
    expect(missing.headers['x-request-id']).toBe('front-door-404');
    expect(Number(missing.headers['x-ratelimit-remaining-api'])).toBe(Number(rendered.headers['x-ratelimit-remaining-api']) - 1);
    expect(t.shop.frontDoor.answered).toBe(before + 1);

    // A listing with a bad filter value fails its render at the door: the route answers the 400, counted once.
    const bad = await get('/products?price_min=cheap&front=bad', ip).set('X-Request-Id', 'front-door-400');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_ERROR', request_id: 'front-door-400' });
    expect(Object.keys(bad.body.error.details)).toEqual(['price_min']);
    expect(Number(bad.headers['x-ratelimit-remaining-api'])).toBe(Number(missing.headers['x-ratelimit-remaining-api']) - 1);
    expect(t.shop.frontDoor.answered).toBe(before + 1);
  });

  it('logs and times its answers like any other: the duration histogram counts them under the route template', async () => {
    const path = '/products?category=mice&front=metrics';
    const ip = client();
    const count = async () => {
      const text = (await request(t.server).get('/metrics')).text;
      const line = text.split('\n').find((l) => l.startsWith('devgear_http_request_duration_seconds_count{') && l.includes('route="/api/v1/products"') && l.includes('status_code="200"'));
      return Number(line?.split(' ').pop() ?? 0);
    };
    const before = await count();
    const answered = t.shop.frontDoor.answered;
    for (let i = 0; i < 3; i += 1) expect((await get(path, ip)).status).toBe(200);
    expect(t.shop.frontDoor.answered).toBe(answered + 3);
    expect((await count()) - before).toBe(3);
  });

  it('leaves signed-in callers and other methods to Fastify', async () => {
    const shopper = await register(t.server);
    const path = '/products?front=signed-in';
    await get(path);
    const before = t.shop.frontDoor.answered;
    expect((await get(path).set(bearer(shopper.access_token))).status).toBe(200);
    expect((await request(t.server).head(`/api/v1${path}`).set('X-Forwarded-For', client())).status).toBe(200);
    expect(t.shop.frontDoor.answered).toBe(before);
  });
});

describe('the platform concerns still apply', () => {
  it('echoes X-Request-Id and sends the security headers', async () => {
    const res = await get('/products?per_page=1').set('X-Request-Id', 'fast-path-42');
    expect(res.headers['x-request-id']).toBe('fast-path-42');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('counts every catalog read against RATE_LIMIT_API per client IP: the 7th is 429 RATE_LIMITED with Retry-After', async () => {
    const ip = client();
    const paths = ['/products', '/products?page=2', '/categories', '/products?category=mice', '/products/no-such-product', '/products?q=mouse'];
    for (const [i, path] of paths.entries()) {
      const res = await get(path, ip);
      expect([200, 404]).toContain(res.status);
      expect(Number(res.headers['x-ratelimit-remaining-api'])).toBe(5 - i);
    }
    const limited = await get('/products', ip);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', request_id: limited.headers['x-request-id'] });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another client is not affected.
    expect((await get('/products')).status).toBe(200);
  });

  it('counts a signed-in shopper per user, not per address', async () => {
    const shopper = await register(t.server);
    const ip = client();
    for (let i = 0; i < 6; i += 1) expect((await get('/categories', ip).set(bearer(shopper.access_token))).status).toBe(200);
    expect((await get('/categories', ip).set(bearer(shopper.access_token))).status).toBe(429);
    // Same address, anonymous: its own budget. An invalid token on a public route is an anonymous caller.
    expect((await get('/categories', ip)).status).toBe(200);
    expect((await get('/categories', ip).set(bearer('not-a-token'))).status).toBe(200);
  });

  it('answers bad query values and unknown products with the error envelope', async () => {
    const bad = await get('/products?per_page=500&sort=cheapest');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_ERROR', request_id: bad.headers['x-request-id'] });
    expect(Object.keys(bad.body.error.details).sort()).toEqual(['per_page', 'sort']);
    const missing = await get('/products/no-such-product');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('turns a failure into 500 INTERNAL without internals', async () => {
    const prisma = t.shop.app.get(PrismaService);
    // Only the search statement fails (the change-log follower and background jobs share the pool).
    const real = prisma.pool.query.bind(prisma.pool) as (...args: unknown[]) => Promise<unknown>;
    const spy = jest
      .spyOn(prisma.pool, 'query')
      .mockImplementation(((...args: unknown[]) =>
        JSON.stringify(args).includes('plainto_tsquery') ? Promise.reject(new Error('relation "secret_table" does not exist')) : real(...args)) as never);
    const res = await get('/products?q=never-cached-before');
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(res.body)).not.toMatch(/secret_table/);
  });
});

describe('never stale', () => {
  it('shows a catalog edit at once, and the stock set by any SQL within a second', async () => {
    const summary = (await get('/products?category=webcams&sort=price_asc&per_page=1')).body.data[0];
    const page = await get(`/products/${summary.slug}`);
    const listed = () => get('/products?category=webcams&sort=price_asc&per_page=1');

    // An admin-style edit through the repository: the next answer shows it.
    const repo = t.shop.app.get(PrismaProductRepository);
    const product = (await repo.findBySlug(summary.slug))!;
    product.update({ name: `${summary.name} (2026 edition)` }, new Date());
    await repo.save(product);
    expect((await get(`/products/${summary.slug}`)).body.data.name).toBe(`${summary.name} (2026 edition)`);
    expect((await listed()).body.data[0].name).toBe(`${summary.name} (2026 edition)`);

    // Stock changed by SQL no code of the catalog ran: the change log still carries it.
    await t.shop.app.get(PrismaService).$executeRawUnsafe(`UPDATE variants SET available = 0 WHERE product_id = $1::uuid`, summary.id);
    await t.shop.app.get(PrismaService).$executeRawUnsafe(`UPDATE products SET in_stock = false WHERE id = $1::uuid`, summary.id);
    const deadline = Date.now() + 1000;
    let detail = await get(`/products/${summary.slug}`);
    while (detail.body.data.in_stock !== false && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      detail = await get(`/products/${summary.slug}`);
    }
    expect(detail.body.data.in_stock).toBe(false);
    expect(detail.body.data.variants.every((v: { available: number; in_stock: boolean }) => v.available === 0 && !v.in_stock)).toBe(true);
    expect(detail.headers.etag).not.toBe(page.headers.etag);
    expect((await listed()).body.data[0]).toMatchObject({ id: summary.id, in_stock: false });
    const inStockOnly = await get('/products?category=webcams&in_stock=true&per_page=100');
    expect(inStockOnly.body.data.map((p: { id: string }) => p.id)).not.toContain(summary.id);
  });
});
