import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { DemoCatalogSeeder } from '../src/seed/demo-catalog.seeder';
import { PrismaService } from '../src/platform/database/prisma.service';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp('platform_e2e', { ADMIN_EMAIL: 'Owner@Example.COM', ADMIN_PASSWORD: 'correct horse battery' });
});
afterAll(async () => {
  await t?.close();
});

const validProduct = {
  name: 'Test Keyboard',
  description: 'A keyboard',
  brand: 'Testco',
  category_id: '00000000-0000-4000-8000-000000000000',
  variants: [{ sku: 'TEST-1', name: 'Default', options: {}, price: { amount: 1000, currency: 'USD' }, available: 1 }],
};

describe('request ids and the error envelope', () => {
  it('echoes a client X-Request-Id and mints one otherwise', async () => {
    const echoed = await request(t.server).get('/api/v1/health').set('X-Request-Id', 'trace-abc.123');
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123');
    const minted = await request(t.server).get('/api/v1/health');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const junk = await request(t.server).get('/api/v1/health').set('X-Request-Id', 'bad id with spaces <script>');
    expect(junk.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown API route with a JSON 404 envelope', async () => {
    for (const res of [await request(t.server).get('/api/v1/nope'), await request(t.server).post('/api/v1/nope').send({})]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', request_id: res.headers['x-request-id'] });
    }
  });

  it('answers malformed JSON with 400 VALIDATION_ERROR', async () => {
    const res = await request(t.server).post('/api/v1/products').set('Content-Type', 'application/json').send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await request(t.server).post('/api/v1/products').set('Content-Type', 'text/plain').send('hello');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ ...validProduct, description: 'x'.repeat(1024 * 1024 + 10) });
    const res = await request(t.server).post('/api/v1/products').set('Content-Type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('denies admin writes to anonymous callers (default-deny)', async () => {
    const res = await request(t.server).post('/api/v1/products').send(validProduct);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('never leaks internals in a 500', async () => {
    const prisma = t.shop.app.get(PrismaService);
    const spy = jest.spyOn(prisma, '$queryRaw').mockRejectedValueOnce(new Error('relation "secret_table" does not exist at /srv/app.js:1'));
    const res = await request(t.server).get('/api/v1/categories');
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(res.body)).not.toMatch(/secret_table|app\.js|stack/);
  });
});

describe('security headers', () => {
  it('sets helmet headers and no X-Powered-By', async () => {
    const res = await request(t.server).get('/api/v1/products?per_page=1');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('structured logs', () => {
  it('writes JSON log lines carrying the request id', async () => {
    const res = await request(t.server).get('/api/v1/products?per_page=2').set('X-Request-Id', 'log-check-42');
    expect(res.status).toBe(200);
    const lines = t.logs.filter((l) => l.request_id === 'log-check-42');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => typeof l.responseTime === 'number' || (l.res as { statusCode?: number })?.statusCode === 200)).toBe(true);
    expect(lines[0]).toMatchObject({ level: expect.any(String), time: expect.any(String) });
  });

  it('writes one line per request (method, URL, status, time) and no route-mapping chatter at info', async () => {
    await request(t.server).get('/api/v1/categories').set('X-Request-Id', 'one-line-7');
    const lines = t.logs.filter((l) => l.request_id === 'one-line-7');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', req: { method: 'GET', url: '/api/v1/categories' }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(t.logs.filter((l) => ['RouterExplorer', 'RoutesResolver', 'InstanceLoader'].includes(String(l.context)))).toEqual([]);
  });

  it('keeps a reset token in a page URL out of the request log', async () => {
    await request(t.server).get('/reset-password?token=very-secret-reset-token-1&x=1').set('X-Request-Id', 'reset-link-8');
    const line = t.logs.find((l) => l.request_id === 'reset-link-8');
    expect(line).toMatchObject({ req: { url: '/reset-password?token=[redacted]&x=1' } });
    expect(JSON.stringify(t.logs)).not.toContain('very-secret-reset-token-1');
  });
});

describe('health', () => {
  it('reports liveness and readiness', async () => {
    expect((await request(t.server).get('/api/v1/health')).body).toEqual({ status: 'ok' });
    const ready = await request(t.server).get('/api/v1/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'disabled' } });
  });
});

describe('OpenAPI', () => {
  it('publishes the spec and Swagger UI', async () => {
    const spec = await request(t.server).get('/api/docs-json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.paths['/api/v1/products'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'category', 'brand', 'price_min', 'price_max', 'in_stock', 'sort', 'page', 'per_page']),
    );
    expect(spec.body.paths['/api/v1/products/{idOrSlug}']).toBeDefined();
    const register = spec.body.paths['/api/v1/auth/register'].post.requestBody.content['application/json'].schema;
    expect(register.required).toEqual(expect.arrayContaining(['email', 'password', 'first_name', 'last_name']));
    const ui = await request(t.server).get('/api/docs');
    expect([200, 301, 302]).toContain(ui.status);
  });
});

describe('web app hosting', () => {
  it('serves index.html for client routes and files as they are', async () => {
    for (const path of ['/', '/products/some-keyboard', '/cart', '/admin/orders?x=1']) {
      const res = await request(t.server).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('DevGear test shell');
    }
    const asset = await request(t.server).get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('keeps unknown /api paths as JSON 404s', async () => {
    const res = await request(t.server).get('/api/v2/products');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('demo seeding', () => {
  it('is idempotent: seeding again creates nothing and changes no row', async () => {
    const prisma = t.shop.app.get(PrismaService);
    const snapshot = async () => ({
      products: await prisma.product.count(),
      variants: await prisma.variant.count(),
      categories: await prisma.category.count(),
      images: await prisma.productImage.count(),
      lastUpdate: (await prisma.product.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
    });
    const before = await snapshot();
    expect(before.products).toBeGreaterThanOrEqual(150);
    expect(before.categories).toBeGreaterThanOrEqual(10);
    expect(before.variants).toBeGreaterThan(before.products * 2 - 1);
    const again = await t.shop.app.get(DemoCatalogSeeder).seed();
    expect(again).toEqual({ categoriesCreated: 0, productsCreated: 0, productsSkipped: 0 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('admin account from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('exists with the admin role, a normalised email and a bcrypt hash (never the password)', async () => {
    const prisma = t.shop.app.get(PrismaService);
    const user = await prisma.user.findUnique({ where: { email: 'owner@example.com' } });
    expect(user).toMatchObject({ role: 'admin' });
    expect(user!.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(t.logs.some((l) => JSON.stringify(l).includes('correct horse battery'))).toBe(false);
  });
});
