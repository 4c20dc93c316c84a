import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { CrashPoint } from '@devgear/application';
import { bookProblems } from './support/books';
import { sql, startChildApp, stubWebDir, type ChildApp } from './support/child-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { waitFor } from './support/shop';

/**
 * Crash safety, for real: the BUILT API runs as a child process with CRASH_AT naming a step of
 * checkout, cancel, refund or expiry, where it kills itself with SIGKILL (no cleanup at all). It
 * is then restarted without it, its background jobs run (recovery of cut-off checkouts, outbox,
 * expiry), and the books must balance (support/books.ts): stock = available + units held by live
 * orders, no key with two orders, every paid order with its one 'order.paid' and one email, every
 * charge kept by a paid order or refunded. A replay of the customer's key then gets the real
 * outcome. (Needs `pnpm build`; `pnpm test` builds first.)
 */
jest.setTimeout(240_000);

const STOCK = 5;
let template: TestDatabase;
let webDir: string;
let dataRoot: string;

function appEnv(db: TestDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    DATA_DIR: `${dataRoot}/${db.name}`,
    // Fixed, so the customer's token still works after the restart.
    JWT_SECRET: 'crash-tests-secret-crash-tests-secret-0123456789',
    WEB_DIST_DIR: webDir,
    SEED_DEMO: 'false',
    BCRYPT_COST: '4',
    JOBS_INTERVAL_MS: '200',
    OUTBOX_LEASE_MS: '2000', // messages claimed by the killed instance are taken over soon after the restart
    PAYMENT_TIMEOUT_MS: '2000',
    CHECKOUT_RECOVERY_AFTER_MS: '1500',
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_AUTH: '100000/60',
    ...extra,
  };
}

beforeAll(async () => {
  webDir = stubWebDir();
  dataRoot = stubWebDir();
  // Migrated and seeded once; every scenario runs on a copy.
  template = await createTestDatabase('crash_template');
  const seeding = await startChildApp(appEnv(template, { SEED_DEMO: 'true', JOBS_INTERVAL_MS: '0' }), { readyTimeoutMs: 180_000 }); // migrates and seeds: slow on a loaded machine
  await seeding.stop();
});
afterAll(async () => {
  await template?.drop();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(dataRoot, { recursive: true, force: true });
});

interface Scenario {
  db: TestDatabase;
  app: ChildApp;
  token: string;
  customerId: string;
  variantId: string;
  initial: Map<string, number>;
}

async function call(app: ChildApp, method: string, path: string, options: { token?: string; body?: unknown; key?: string } = {}) {
  const headers: Record<string, string> = options.body === undefined ? {} : { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  const res = await fetch(app.base + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return { status: res.status, body: (await res.json().catch(() => null)) as { data?: Record<string, unknown>; error?: { code: string; message: string } } | null };
}

const ADDRESS = { name: 'Ada Lovelace', line1: '1 Analytical Way', city: 'London', postal_code: 'N1 9GU', country: 'GB' };
const order = (paymentMethod = 'pm_card_visa') => ({ shipping_address: ADDRESS, payment_method: paymentMethod });

/** A copy of the template, the app on it (crashing at `crashAt`), a customer with 2 units of a 5-unit variant in the cart. */
async function scenario(crashAt?: CrashPoint, extra: Record<string, string> = {}): Promise<Scenario> {
  const db = await createTestDatabase('crash', { template: template.name });
  const [variant] = await sql<{ id: string }>(db.url, `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT 1`);
  await sql(db.url, `UPDATE variants SET available = $2 WHERE id = $1`, [variant.id, STOCK]);
  const app = await startChildApp(appEnv(db, { ...extra, ...(crashAt ? { CRASH_AT: crashAt } : {}) }));
  const email = `crash.${randomUUID().slice(0, 8)}@example.com`;
  const registered = await call(app, 'POST', '/api/v1/auth/register', { body: { email, password: 'violet-otter-keyboard-42', first_name: 'Ada', last_name: 'Crash' } });
  const data = registered.body?.data as { access_token: string; user: { id: string } };
  const added = await call(app, 'POST', '/api/v1/cart/items', { token: data.access_token, body: { variant_id: variant.id, quantity: 2 } });
  expect([200, 201]).toContain(added.status);
  return { db, app, token: data.access_token, customerId: data.user.id, variantId: variant.id, initial: new Map([[variant.id, STOCK]]) };
}

/** The request that reaches the crash point dies with the process: no answer, the connection cut. */
async function expectCrash(s: Scenario, request: Promise<{ status: number; body: unknown }>): Promise<void> {
  const answered = await request.then(
    (r) => `the request answered ${r.status} ${JSON.stringify(r.body)} instead of crashing the process`,
    () => null,
  );
  if (answered) {
    await s.app.kill9();
    throw new Error(`${answered}\n${s.app.output()}`);
  }
  const exit = await s.app.exited;
  expect(exit.signal).toBe('SIGKILL');
  expect(s.app.output()).toContain('CRASH_AT=');
}

/** Restarts the app (no crash point) and waits for its jobs to settle everything. */
async function restart(s: Scenario, extra: Record<string, string> = {}): Promise<ChildApp> {
  s.app = await startChildApp(appEnv(s.db, extra));
  await settledBooks(s);
  return s.app;
}

/** The books once the outbox has delivered what is due (background jobs run every 200 ms). */
async function settledBooks(s: Scenario, options: { noPending?: boolean } = { noPending: true }): Promise<string[]> {
  const check = () => bookProblems(s.db.url, s.initial, { drained: true, ...options });
  await waitFor(async () => (await check()).length === 0, 'the books to settle', 30_000).catch(() => undefined);
  return check();
}

async function finish(s: Scenario): Promise<void> {
  await s.app.stop();
  await s.db.drop();
}

describe('checkout, cut off by a crash at each step', () => {
  const cases: Array<[CrashPoint, string, 'paid' | 'declined' | 'fresh']> = [
    ['checkout.in_reserve', 'pm_card_visa', 'fresh'],
    ['checkout.after_reserve', 'pm_card_visa', 'fresh'],
    ['checkout.after_charge', 'pm_card_visa', 'paid'],
    ['checkout.in_settle', 'pm_card_visa', 'paid'],
    ['checkout.after_settle', 'pm_card_visa', 'paid'],
    ['checkout.after_charge', 'pm_card_chargeDeclined', 'declined'],
  ];

  it.each(cases)('%s (%s): balanced books after the restart, and the key answers with the real outcome (%s)', async (point, method, outcome) => {
    const s = await scenario(point);
    const key = randomUUID();
    await expectCrash(s, call(s.app, 'POST', '/api/v1/orders', { token: s.token, key, body: order(method) }));
    await restart(s);
    expect(await settledBooks(s)).toEqual([]);

    const replay = await call(s.app, 'POST', '/api/v1/orders', { token: s.token, key, body: order(method) });
    if (outcome === 'declined') {
      expect([replay.status, replay.body?.error?.code]).toEqual([402, 'PAYMENT_DECLINED']);
    } else if (outcome === 'paid') {
      expect([replay.status, replay.body?.data?.status]).toEqual([200, 'paid']);
    } else {
      // Nothing had been charged: the same key runs afresh, once.
      expect([replay.status, replay.body?.data?.status]).toEqual([201, 'paid']);
    }
    expect(await settledBooks(s)).toEqual([]);
    const charges = await sql<{ n: string }>(s.db.url, `SELECT count(*)::text AS n FROM local_charges WHERE status = 'succeeded'`);
    expect(charges[0].n).toBe(outcome === 'declined' ? '0' : '1');
    const history = await call(s.app, 'GET', '/api/v1/orders', { token: s.token });
    expect((history.body?.data as unknown as { status: string }[]).map((o) => o.status)).toEqual(outcome === 'declined' ? [] : ['paid']);
    await finish(s);
  });
});

describe('cancel and refund, cut off by a crash', () => {
  it.each<CrashPoint>(['cancel.in_tx', 'cancel.after_tx', 'refund.after_provider'])('%s: the stock comes back once and the money is refunded once', async (point) => {
    const s = await scenario(point);
    const placed = await call(s.app, 'POST', '/api/v1/orders', { token: s.token, key: randomUUID(), body: order() });
    expect(placed.status).toBe(201);
    const id = placed.body?.data?.id as string;
    await expectCrash(s, call(s.app, 'POST', `/api/v1/orders/${id}/cancel`, { token: s.token }));
    await restart(s);
    if (point === 'cancel.in_tx') {
      // The cancellation rolled back whole: still paid, still holding. The customer tries again.
      expect((await call(s.app, 'GET', `/api/v1/orders/${id}`, { token: s.token })).body?.data?.status).toBe('paid');
      expect((await call(s.app, 'POST', `/api/v1/orders/${id}/cancel`, { token: s.token })).status).toBe(200);
    }
    const refunded = await waitFor(async () => {
      const o = (await call(s.app, 'GET', `/api/v1/orders/${id}`, { token: s.token })).body?.data;
      return o?.status === 'refunded' && o;
    }, 'the refund from the outbox');
    expect(refunded).toMatchObject({ status: 'refunded', payment: { status: 'refunded' } });
    const refunds = await sql<{ n: string }>(s.db.url, `SELECT count(*)::text AS n FROM local_refunds WHERE order_id = $1`, [id]);
    expect(refunds[0].n).toBe('1');
    const [v] = await sql<{ available: number }>(s.db.url, `SELECT available FROM variants WHERE id = $1`, [s.variantId]);
    expect(v.available).toBe(STOCK);
    expect(await settledBooks(s)).toEqual([]);
    await finish(s);
  });
});

describe('expiry, cut off by a crash', () => {
  it('expire.in_tx: the unpaid order still holds its stock after the crash, and the next run expires it once', async () => {
    // A checkout cut off before the charge leaves a pending order; it is backdated past the
    // payment timeout (and its key kept from the recovery job), so the expiry job takes it.
    const s = await scenario('checkout.after_reserve', { CHECKOUT_RECOVERY_AFTER_MS: '3600000' });
    await expectCrash(s, call(s.app, 'POST', '/api/v1/orders', { token: s.token, key: randomUUID(), body: order() }));
    await sql(s.db.url, `UPDATE orders SET placed_at = now() - interval '2 hours' WHERE status = 'pending'`);
    s.app = await startChildApp(appEnv(s.db, { CRASH_AT: 'expire.in_tx', CHECKOUT_RECOVERY_AFTER_MS: '3600000' }));
    await s.app.exited; // the expiry job reaches the crash point on its own
    expect(s.app.output()).toContain('CRASH_AT=expire.in_tx');
    const [pending] = await sql<{ status: string }>(s.db.url, `SELECT status::text AS status FROM orders`);
    expect(pending.status).toBe('pending');
    expect(await bookProblems(s.db.url, s.initial)).toEqual([]);

    s.app = await startChildApp(appEnv(s.db, { CHECKOUT_RECOVERY_AFTER_MS: '3600000' }));
    await waitFor(async () => (await sql<{ status: string }>(s.db.url, `SELECT status::text AS status FROM orders`))[0].status === 'cancelled', 'the expiry');
    const [after] = await sql<{ reason: string; available: number }>(
      s.db.url,
      `SELECT o.cancellation_reason AS reason, v.available FROM orders o, variants v WHERE v.id = $1`,
      [s.variantId],
    );
    expect(after).toEqual({ reason: 'expired', available: STOCK });
    expect(await settledBooks(s, {})).toEqual([]);
    await finish(s);
  });
});
