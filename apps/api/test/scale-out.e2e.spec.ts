import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bookProblems } from './support/books';
import { sql, startChildApp, stubWebDir, type ChildApp } from './support/child-app';
import { startNginx } from './support/nginx';
import { waitFor } from './support/shop';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * The topology of docker-compose.yml on one machine: two API processes (ROLE=api) and a worker
 * (ROLE=worker) from the built app, on one PostgreSQL database and one Redis, behind Debian's
 * nginx running deploy/nginx.conf. 50 customers check out through nginx while one API instance is
 * killed (kill -9) mid-run.
 */
const PORT = { nginx: 3730, api1: 3731, api2: 3732, worker: 3733, receiver: 3734 };
const CUSTOMERS = 50;
const STOCK = 1000;
const ADMIN = { email: 'scale.admin@devgear.test', password: 'admin-password-for-tests' };
const WEBHOOK_SECRET = 'whsec_scale_out_0123456789abcdef';

let db: TestDatabase;
let webDir: string;
let dataDir: string;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let worker: ChildApp;
let api1: ChildApp;
let api2: ChildApp;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let variantId: string;
let adminToken: string;

type Answer = { status: number; body: { data?: Record<string, unknown>; error?: { code: string; message: string } } | null };
/** One call through nginx, as client `ip` (X-Forwarded-For; the instances trust the proxy). */
async function call(method: string, path: string, options: { token?: string; body?: unknown; key?: string; ip?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'x-request-id': randomUUID() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const res = await fetch(nginx.base + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return { status: res.status, body: (await res.json().catch(() => null)) as Answer['body'] };
}

beforeAll(async () => {
  receiver = await startWebhookReceiver(PORT.receiver);
  db = await createTestDatabase('scale_out');
  webDir = stubWebDir();
  dataDir = mkdtempSync(path.join(tmpdir(), 'devgear-scale-'));
  const env = {
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    WEB_DIST_DIR: webDir,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `devgear-test-${randomBytes(4).toString('hex')}:`,
    // One secret for every instance: a token issued by one is good on the others.
    JWT_SECRET: 'scale-out-secret-scale-out-secret-0123456789',
    SEED_DEMO: 'true',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    BCRYPT_COST: '4',
    TRUST_PROXY: 'true',
    RATE_LIMIT_AUTH: '5/900',
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_ADMIN: '100000/60',
    JOBS_INTERVAL_MS: '200',
    PAYMENT_TIMEOUT_MS: '2000',
    CHECKOUT_RECOVERY_AFTER_MS: '3000',
    PARTNER_WEBHOOKS: `${receiver.url('/warehouse')}|${WEBHOOK_SECRET}|order.paid`,
  };
  // All three start at once on the empty database: migrations and demo seeding take advisory
  // locks, so exactly one of them does each (compose starts the worker first; this is the harder case).
  [worker, api1, api2] = await Promise.all([
    startChildApp({ ...env, ROLE: 'worker' }, { port: PORT.worker }),
    startChildApp({ ...env, ROLE: 'api' }, { port: PORT.api1 }),
    startChildApp({ ...env, ROLE: 'api' }, { port: PORT.api2 }),
  ]);
  nginx = await startNginx(PORT.nginx, [PORT.api1, PORT.api2]);
  [{ id: variantId }] = await sql<{ id: string }>(db.url, `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT 1`);
  await sql(db.url, `UPDATE variants SET available = $2 WHERE id = $1`, [variantId, STOCK]);
  const login = await call('POST', '/api/v1/auth/login', { body: ADMIN, ip: '10.200.0.1' });
  adminToken = (login.body?.data as { access_token: string }).access_token;
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  for (const app of [api1, api2, worker]) await app?.stop();
  await receiver?.close();
  await db?.drop();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const upstreamsOf = (uriPrefix: string) => new Set(nginx.log().filter((l) => l.uri.startsWith(uriPrefix)).map((l) => l.upstream));

it('nginx spreads requests over both API instances; the worker is not behind it', async () => {
  for (let i = 0; i < 6; i += 1) expect((await call('GET', '/api/v1/health/ready')).status).toBe(200);
  expect(upstreamsOf('/api/v1/health/ready')).toEqual(new Set([`127.0.0.1:${PORT.api1}`, `127.0.0.1:${PORT.api2}`]));
});

it('rate limits are shared: the 6th failed login from one address is refused whichever instance answers', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i += 1) statuses.push((await call('POST', '/api/v1/auth/login', { body: { email: 'nobody@example.com', password: 'wrong-password-1' }, ip: '10.99.0.1' })).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  const logins = nginx.log().filter((l) => l.uri === '/api/v1/auth/login' && (l.status === 401 || l.status === 429));
  expect(new Set(logins.map((l) => l.upstream)).size).toBe(2);
});

it('cache invalidation is shared: a stock change through one instance shows on both within a second', async () => {
  const product = (await call('GET', `/api/v1/products?per_page=1&category=mice&in_stock=true`)).body?.data as unknown as { id: string; slug: string }[];
  const slug = product[0].slug;
  const full = async () => (await call('GET', `/api/v1/products/${slug}`)).body?.data as { id: string; in_stock: boolean; variants: { id: string; available: number }[] };
  for (let i = 0; i < 4; i += 1) expect((await full()).in_stock).toBe(true); // both instances cached it
  const before = await full();
  for (const v of before.variants) {
    const res = await call('PUT', `/api/v1/products/${before.id}/variants/${v.id}/stock`, { token: adminToken, body: { available: 0 } });
    expect(res.status).toBe(200);
  }
  await new Promise((r) => setTimeout(r, 1100));
  for (let i = 0; i < 4; i += 1) {
    const after = await full();
    expect(after.in_stock).toBe(false);
    expect(after.variants.every((v) => v.available === 0)).toBe(true);
  }
  expect(upstreamsOf(`/api/v1/products/${slug}`).size).toBe(2);
});

it('50 customers check out through nginx while one API instance is killed: only its in-flight requests fail, the books balance, each event is delivered once', async () => {
  // Customers with a cart, through nginx (each from its own address).
  const customers = await Promise.all(
    Array.from({ length: CUSTOMERS }, async (_, i) => {
      const ip = `10.1.${Math.floor(i / 200)}.${(i % 200) + 1}`;
      const email = `scale.${i}.${randomUUID().slice(0, 8)}@example.com`;
      const reg = await call('POST', '/api/v1/auth/register', { body: { email, password: 'violet-otter-keyboard-42', first_name: 'Ada', last_name: `Scale${i}` }, ip });
      expect(reg.status).toBe(201);
      const token = (reg.body?.data as { access_token: string }).access_token;
      expect([200, 201]).toContain((await call('POST', '/api/v1/cart/items', { token, body: { variant_id: variantId, quantity: 1 }, ip })).status);
      return { ip, token, key: randomUUID(), answers: [] as number[] };
    }),
  );

  // Checkout, 5 at a time; a client retries a 5xx or a network error with the same Idempotency-Key
  // (and waits while the key is still in progress on the instance that died).
  let done = 0;
  let killedAt = 0;
  let goneAt = 0;
  const body = { shipping_address: { name: 'Ada Lovelace', line1: '1 Analytical Way', city: 'London', postal_code: 'N1 9GU', country: 'GB' }, payment_method: 'pm_card_visa' };
  const checkout = async (c: (typeof customers)[number]) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await call('POST', '/api/v1/orders', { token: c.token, key: c.key, body, ip: c.ip }).catch(() => ({ status: 599, body: null }) as Answer);
      c.answers.push(res.status);
      const retry = res.status >= 500 || (res.status === 409 && res.body?.error?.code === 'REQUEST_IN_PROGRESS');
      if (!retry || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  const queue = [...customers];
  const results: Answer[] = [];
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        results.push(await checkout(c));
        done += 1;
        if (done === 15) {
          killedAt = Date.now();
          await api1.kill9();
          goneAt = Date.now();
        }
      }
    }),
  );
  expect(killedAt).toBeGreaterThan(0);

  // Every customer ends with an order (a retried key answers with the order it made).
  // (201 the first time; 200 when a retried key replays what the first attempt did.)
  expect(results.filter((r) => ![200, 201].includes(r.status) || !r.body?.data?.id).map((r) => [r.status, r.body])).toEqual([]);
  const orderIds = new Set(results.map((r) => (r.body?.data as { id: string }).id));
  expect(orderIds.size).toBe(CUSTOMERS);

  // No 5xx after nginx failed over, except requests in flight on the killed instance (sent to it
  // before its process was gone).
  const log = nginx.log();
  const errors = log.filter((l) => l.status >= 500);
  for (const e of errors) {
    expect({ upstream: e.upstream, startedBeforeKill: (e.msec - e.request_time) * 1000 <= goneAt + 5 }).toEqual({ upstream: `127.0.0.1:${PORT.api1}`, startedBeforeKill: true });
  }
  expect(errors.length).toBeLessThanOrEqual(5);
  const by = (pred: (l: (typeof log)[number]) => boolean) => log.filter(pred).length;
  console.log(
    `scale-out: ${CUSTOMERS} checkouts; kill -9 of api1 after ${done >= 15 ? 15 : done}; 5xx from nginx: ${errors.length} (all in flight on api1); ` +
      `POST /orders answered by api1 ${by((l) => l.uri === '/api/v1/orders' && l.upstream === `127.0.0.1:${PORT.api1}` && l.status < 500)}, ` +
      `by api2 ${by((l) => l.uri === '/api/v1/orders' && l.upstream.endsWith(`:${PORT.api2}`))}, failed over ${by((l) => l.upstream.includes(', '))}; client retries ${customers.reduce((n, c) => n + c.answers.length - 1, 0)}`,
  );
  const checkouts = log.filter((l) => l.uri === '/api/v1/orders' && l.method === 'POST');
  expect(checkouts.some((l) => l.upstream === `127.0.0.1:${PORT.api1}` && l.status === 201)).toBe(true); // both served before the kill
  expect(checkouts.some((l) => l.upstream.endsWith(`:${PORT.api2}`) && l.msec * 1000 > killedAt && l.status === 201)).toBe(true);

  // The books balance once the worker has delivered everything (one confirmation per paid order).
  const initial = new Map([[variantId, STOCK]]);
  await waitFor(async () => (await bookProblems(db.url, initial, { drained: true, noPending: true })).length === 0, 'the books to settle', 30_000).catch(() => undefined);
  expect(await bookProblems(db.url, initial, { drained: true, noPending: true })).toEqual([]);

  // Each order.paid reached the partner exactly once.
  const paid = await sql<{ id: string }>(db.url, `SELECT id FROM orders WHERE paid_at IS NOT NULL`);
  expect(paid.length).toBe(CUSTOMERS);
  await waitFor(async () => new Set(receiver.received.map((r) => r.body.data.order.id)).size >= CUSTOMERS, 'every order.paid webhook', 20_000);
  await new Promise((r) => setTimeout(r, 500));
  const perEvent = new Map<string, number>();
  for (const r of receiver.received) perEvent.set(r.body.id, (perEvent.get(r.body.id) ?? 0) + 1);
  expect([...perEvent.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(receiver.received.map((r) => r.body.data.order.id))).toEqual(new Set(paid.map((p) => p.id)));
});

it('SIGTERM drains: requests in flight on a stopping instance are answered, then it exits 0', async () => {
  // Ten open keep-alive connections to api2, then a request on each, and SIGTERM while they run.
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const get = () =>
    new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = httpGet(`${api2.base}/api/v1/products?per_page=50`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      });
      req.on('error', reject);
    });
  await Promise.all(Array.from({ length: 10 }, get));
  const inFlight = Array.from({ length: 10 }, () => get().catch((e: NodeJS.ErrnoException) => ({ status: -1, connection: e.code })));
  api2.process.kill('SIGTERM');
  const answers = await Promise.all(inFlight);
  expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
  expect(await api2.exited).toEqual({ code: 0, signal: null });
  // Stopped: a new connection is refused (a proxy fails over at once).
  expect(await get().then(() => 'answered', (e: NodeJS.ErrnoException) => e.code)).toBe('ECONNREFUSED');
  agent.destroy();
  // The worker stops too: it stops claiming outbox rows, finishes its round and exits 0.
  await worker.stop();
  expect(await worker.exited).toEqual({ code: 0, signal: null });
});
