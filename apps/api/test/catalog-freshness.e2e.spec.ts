import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { createShopApp, ShopApp } from '../src/app.factory';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { loadConfig } from '../src/platform/config/config';
import { PrismaService } from '../src/platform/database/prisma.service';
import { createLogger } from '../src/platform/logging/logger';
import { login } from './support/auth';
import { bearer, checkout, customerWithCart } from './support/shop';
import { startTestApp, TestApp } from './support/test-app';

/**
 * CONTRACT.md "Freshness": stock (and ratings) shown by ANY instance reflect every committed
 * change within 1 second, although both instances cache pages (CATALOG_CACHE_TTL 60 s).
 * Instance A takes the writes; instance B, on the same database and Redis, is read.
 */
let a: TestApp;
let b: ShopApp;
let bUrl: string;
let admin: string;
const prefix = `devgear-fresh-${randomBytes(4).toString('hex')}:`;
const ADMIN = { email: 'freshness.admin@devgear.test', password: 'admin-password-for-tests' };

beforeAll(async () => {
  const shared = { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix, CATALOG_CACHE_TTL: '60' };
  a = await startTestApp('freshness', { ...shared, BCRYPT_COST: '4', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JOBS_INTERVAL_MS: '0' });
  b = await createShopApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: a.db.url, DATA_DIR: a.dataDir, WEB_DIST_DIR: a.webDir, SEED_DEMO: 'false', JOBS_INTERVAL_MS: '0', RATE_LIMIT_API: '100000/60', ...shared }),
    { logger: createLogger('silent') },
  );
  await b.app.listen({ port: 0, host: '127.0.0.1' });
  bUrl = `http://127.0.0.1:${(b.app.getHttpServer().address() as { port: number }).port}`;
  admin = (await login(a.server, ADMIN.email, ADMIN.password)).access_token;
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

type Summary = { id: string; slug: string; in_stock: boolean; rating: { average: number; count: number } };
type Detail = Summary & { variants: { id: string; available: number; in_stock: boolean }[] };
const onB = (path: string) => request(bUrl).get(`/api/v1${path}`);
const detailOnB = async (slug: string) => (await onB(`/products/${slug}`)).body.data as Detail;
const listedOnB = async (query: string, id: string) => ((await onB(`/products?${query}&per_page=100`)).body.data as Summary[]).find((p) => p.id === id);

/** Polls `read` until `done` holds; returns the milliseconds it took (failing past `withinMs`). */
async function within<T>(withinMs: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<number> {
  const started = Date.now();
  let value = await read();
  while (!done(value)) {
    if (Date.now() - started > withinMs) throw new Error(`not fresh within ${withinMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return Date.now() - started;
}

/** A cable with exactly `units` left, all in its first variant; both instances have its pages cached. */
async function lastUnitsOf(units: number, offset: number) {
  const list = await request(a.server).get('/api/v1/products?category=cables&in_stock=true&sort=price_asc&per_page=50');
  const slug = list.body.data[offset].slug as string;
  const repo = a.shop.app.get(PrismaProductRepository);
  const product = (await repo.findBySlug(slug))!;
  product.variants.forEach((v, i) => product.setStock(v.id, i === 0 ? units : 0, new Date()));
  await repo.save(product);
  await within(1000, () => detailOnB(slug), (p) => p.variants[0].available === units);
  // Warm every page the test reads, on both instances.
  for (const base of [a.server, bUrl]) {
    await request(base).get(`/api/v1/products/${slug}`);
    await request(base).get('/api/v1/products?category=cables&per_page=100');
    await request(base).get('/api/v1/products?category=cables&in_stock=true&per_page=100');
  }
  expect((await listedOnB('category=cables&in_stock=true', product.id))?.in_stock).toBe(units > 0 ? true : undefined);
  return { slug, id: product.id, variantId: product.variants[0].id };
}

it('buying the last units on instance A shows sold out on instance B within 1 s: product, listing and in-stock filter', async () => {
  const p = await lastUnitsOf(2, 0);
  const buyer = await customerWithCart(a, p.variantId, 2);
  const order = await checkout(a, buyer.access_token, randomUUID());
  expect(order.status).toBe(201);
  expect(order.body.data.status).toBe('paid');

  const tookMs = await within(1000, () => detailOnB(p.slug), (d) => d.variants[0].available === 0 && d.in_stock === false);
  expect(tookMs).toBeLessThan(1000);
  const page = await detailOnB(p.slug);
  expect(page.variants.map((v) => [v.available, v.in_stock])).toEqual(page.variants.map(() => [0, false]));
  expect((await listedOnB('category=cables', p.id))?.in_stock).toBe(false);
  expect(await listedOnB('category=cables&in_stock=true', p.id)).toBeUndefined();
});

it('an admin stock change on instance A shows on instance B within 1 s (no cache is dropped, the live stock is overlaid)', async () => {
  const p = await lastUnitsOf(0, 1);
  expect((await detailOnB(p.slug)).in_stock).toBe(false);
  const put = await request(a.server).put(`/api/v1/products/${p.id}/variants/${p.variantId}/stock`).set(bearer(admin)).send({ available: 7, reason: 'delivery' });
  expect(put.status).toBe(200);
  const tookMs = await within(1000, () => detailOnB(p.slug), (d) => d.variants[0].available === 7 && d.in_stock === true);
  expect(tookMs).toBeLessThan(1000);
  expect((await listedOnB('category=cables', p.id))?.in_stock).toBe(true);
  expect((await listedOnB('category=cables&in_stock=true', p.id))?.in_stock).toBe(true);
  // The writing instance answers with the change at once (read your own write).
  expect((await request(a.server).get(`/api/v1/products/${p.slug}`)).body.data.variants[0].available).toBe(7);
});

it('a rating written in its own transaction (as a review does) shows on instance B within 1 s', async () => {
  const p = await lastUnitsOf(3, 2);
  await a.shop.app.get(PrismaService).$executeRawUnsafe(`UPDATE products SET rating_average = 5, rating_count = 99999 WHERE id = $1::uuid`, p.id);
  await within(1000, () => detailOnB(p.slug), (d) => d.rating.average === 5 && d.rating.count === 99999);
  expect((await listedOnB('category=cables', p.id))?.rating).toEqual({ average: 5, count: 99999 });
  const byRating = (await onB('/products?category=cables&sort=rating_desc&per_page=1')).body.data[0] as Summary;
  expect(byRating.id).toBe(p.id);
});
