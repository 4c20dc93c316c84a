import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createShopApp, ShopApp } from '../src/app.factory';
import { loadConfig } from '../src/platform/config/config';
import { createLogger } from '../src/platform/logging/logger';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { startTestApp, TestApp } from './support/test-app';

/** Two API instances on one database and one Redis behave as one shop. */
let a: TestApp;
let b: ShopApp;
const prefix = `devgear-test-${randomBytes(4).toString('hex')}:`;

beforeAll(async () => {
  a = await startTestApp('scale_out', { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix });
  b = await createShopApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: a.db.url, DATA_DIR: a.dataDir, WEB_DIST_DIR: a.webDir, SEED_DEMO: 'true', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix }),
    { logger: createLogger('silent') },
  );
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

it('reports Redis in readiness', async () => {
  const res = await request(a.server).get('/api/v1/health/ready');
  expect(res.body.checks).toEqual({ database: 'up', redis: 'up' });
});

it('a second instance starting on a seeded database seeds nothing twice', async () => {
  const res = await request(b.app.getHttpServer()).get('/api/v1/products?per_page=1');
  const first = await request(a.server).get('/api/v1/products?per_page=1');
  expect(res.body.meta.total).toBe(first.body.meta.total);
});

it('a stock change written through one instance is visible on the other at once (shared cache invalidation)', async () => {
  const list = await request(b.app.getHttpServer()).get('/api/v1/products?in_stock=true&category=mice&per_page=1');
  const slug = list.body.data[0].slug as string;
  // Warm both instances' caches.
  expect((await request(a.server).get(`/api/v1/products/${slug}`)).body.data.in_stock).toBe(true);
  expect((await request(b.app.getHttpServer()).get(`/api/v1/products/${slug}`)).body.data.in_stock).toBe(true);

  const repo = a.shop.app.get(PrismaProductRepository);
  const product = (await repo.findBySlug(slug))!;
  for (const v of product.variants) product.setStock(v.id, 0, new Date());
  await repo.save(product);

  expect((await request(a.server).get(`/api/v1/products/${slug}`)).body.data.in_stock).toBe(false);
  await new Promise((r) => setTimeout(r, 1100)); // instance b trusts its cached version for at most 1 s
  const onB = await request(b.app.getHttpServer()).get(`/api/v1/products/${slug}`);
  expect(onB.body.data.in_stock).toBe(false);
  expect(onB.body.data.variants.every((v: { available: number }) => v.available === 0)).toBe(true);
  const listed = await request(b.app.getHttpServer()).get('/api/v1/products?in_stock=true&category=mice&per_page=100');
  expect(listed.body.data.map((p: { slug: string }) => p.slug)).not.toContain(slug);
});
