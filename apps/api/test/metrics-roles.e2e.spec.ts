import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createShopApp, type ShopApp } from '../src/app.factory';
import { loadConfig } from '../src/platform/config/config';
import { createLogger } from '../src/platform/logging/logger';
import { sql } from './support/child-app';
import { parsePrometheusText, sampleValue } from './support/prometheus-text';
import { login } from './support/auth';
import { bearer, checkout, customerWithCart, TEST_ADDRESS, variantWithStock, waitFor } from './support/shop';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * GET /metrics (CONTRACT.md "Operations") parsed by a strict Prometheus text parser, and the
 * instance roles: ROLE=api serves HTTP without running the outbox; a ROLE=worker on the same
 * database delivers it and serves only health and metrics.
 */
const TOKEN = 'metrics-token-0123456789abcdef';
const ADMIN = { email: 'system.admin@devgear.test', password: 'admin-password-for-tests' };
let api: TestApp;
let worker: ShopApp;
const scrape = async (base: string) => {
  const res = await request(base).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(res.text);
};
const backlog = async () => Number((await sql<{ n: string }>(api.db.url, `SELECT count(*)::text AS n FROM outbox WHERE processed_at IS NULL`))[0].n);

beforeAll(async () => {
  api = await startTestApp('metrics_roles', { ROLE: 'api', METRICS_TOKEN: TOKEN, JOBS_INTERVAL_MS: '100', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BCRYPT_COST: '4' }, { port: 3720 });
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
});

it('needs the METRICS_TOKEN when one is set, and lives at the root, not under /api/v1', async () => {
  const none = await request(api.server).get('/metrics');
  expect(none.status).toBe(401);
  expect(none.body.error.code).toBe('UNAUTHENTICATED');
  expect((await request(api.server).get('/metrics').set('Authorization', 'Bearer wrong')).status).toBe(401);
  expect((await request(api.server).get('/api/v1/metrics').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(404);
});

it('an api instance runs no background jobs; a worker delivers the outbox and serves only health and metrics; the series are all there', async () => {
  // Traffic: a product page (route template, not the slug), a 404, a paid checkout, a declined one.
  const list = await request(api.server).get('/api/v1/products?per_page=1');
  await request(api.server).get(`/api/v1/products/${list.body.data[0].slug}`).expect(200);
  await request(api.server).get(`/api/v1/orders/${randomUUID()}`).expect(401);
  const { variantId } = await variantWithStock(api, 20);
  const paid = await customerWithCart(api, variantId);
  expect((await checkout(api, paid.access_token, randomUUID())).status).toBe(201);
  const declined = await customerWithCart(api, variantId);
  expect((await checkout(api, declined.access_token, randomUUID(), { shipping_address: TEST_ADDRESS, payment_method: 'pm_card_chargeDeclined' })).status).toBe(402);

  // ROLE=api: nothing delivers the outbox, however long we wait.
  await new Promise((r) => setTimeout(r, 600));
  const waiting = await backlog();
  expect(waiting).toBeGreaterThan(0);
  let m = await scrape(api.server);
  expect(sampleValue(m, 'devgear_outbox_backlog')).toBe(waiting);
  expect(sampleValue(m, 'devgear_outbox_oldest_pending_age_seconds')).toBeGreaterThan(0);

  const route = (r: string, status: string) => sampleValue(m, 'devgear_http_request_duration_seconds_count', { route: r, status_code: status, method: 'GET' });
  expect(route('/api/v1/products/:idOrSlug', '200')).toBe(1);
  expect(route('/api/v1/orders/:id', '401')).toBe(1);
  expect(sampleValue(m, 'devgear_http_request_duration_seconds_count', { route: '/api/v1/orders', status_code: '402', method: 'POST' })).toBe(1);
  expect([...m.get('devgear_http_request_duration_seconds')!.samples].some((s) => /[0-9a-f]{8}-/.test(s.labels.route ?? ''))).toBe(false);
  for (const name of ['devgear_process_cpu_user_seconds_total', 'devgear_nodejs_heap_size_used_bytes', 'devgear_nodejs_eventloop_lag_seconds', 'devgear_db_pool_connections_in_use', 'devgear_db_pool_waiting_requests', 'devgear_outbox_dead_letters']) {
    expect({ name, value: sampleValue(m, name) }).toEqual({ name, value: expect.any(Number) });
  }
  expect(m.get('devgear_http_request_duration_seconds')!.type).toBe('histogram');
  expect(sampleValue(m, 'devgear_webhook_deliveries_total', { outcome: 'delivered' })).toBe(0);

  // A worker on the same database delivers the backlog.
  worker = await createShopApp(
    loadConfig({ NODE_ENV: 'test', ROLE: 'worker', DATABASE_URL: api.db.url, DATA_DIR: api.dataDir, WEB_DIST_DIR: api.webDir, METRICS_TOKEN: TOKEN, JOBS_INTERVAL_MS: '100' }),
    { logger: createLogger('silent') },
  );
  await worker.app.listen({ port: 3721, host: '127.0.0.1' });
  const workerBase = 'http://127.0.0.1:3721';
  await waitFor(async () => (await backlog()) === 0, 'the worker to deliver the outbox');
  m = await scrape(workerBase);
  expect(sampleValue(m, 'devgear_orders_total', { event: 'placed' })).toBe(2);
  expect(sampleValue(m, 'devgear_orders_total', { event: 'paid' })).toBe(1);
  expect(sampleValue(m, 'devgear_orders_total', { event: 'payment_failed' })).toBe(1);
  expect(sampleValue(m, 'devgear_payments_declined_total')).toBe(1);
  expect(sampleValue(m, 'devgear_outbox_backlog')).toBe(0);
  expect(sampleValue(await scrape(api.server), 'devgear_outbox_backlog')).toBe(0); // cluster-wide: read from the database

  // The worker serves health and metrics only.
  expect((await request(workerBase).get('/api/v1/health/ready')).status).toBe(200);
  const page = await request(workerBase).get('/api/v1/products');
  expect(page.status).toBe(404);
  expect(page.body.error.message).toContain('ROLE=worker');
  expect((await request(workerBase).get('/')).status).toBe(404);

  // The back office's System page, served by the api instance, shows the worker's job runs.
  const admin = (await login(api.server, ADMIN.email, ADMIN.password)).access_token;
  const system = await waitFor(async () => {
    const res = await request(api.server).get('/api/v1/admin/system').set(bearer(admin));
    const outbox = (res.body.data?.jobs as { name: string; instance: string | null; ok: boolean | null }[] | undefined)?.find((j) => j.name === 'outbox');
    return outbox?.instance ? res.body.data : null;
  }, 'the worker to record its job runs');
  expect(system).toMatchObject({ role: 'api', outbox: { backlog: 0, dead: 0, oldest_pending_age_seconds: null }, webhooks: { pending: 0, delivered: 0, dead: 0, endpoints: 0 } });
  expect(system.jobs.find((j: { name: string }) => j.name === 'outbox')).toMatchObject({ ok: true, instance: expect.stringMatching(/:\d+$/), last_run_at: expect.any(String) });
  expect((await request(api.server).get('/api/v1/admin/outbox/dead-letters').set(bearer(admin))).body.data).toEqual([]);
  expect((await request(api.server).post(`/api/v1/admin/outbox/dead-letters/${randomUUID()}/retry`).set(bearer(admin))).status).toBe(404);
});
