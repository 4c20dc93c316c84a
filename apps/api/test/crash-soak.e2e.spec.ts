import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { bookProblems } from './support/books';
import { sql, startChildApp, stubWebDir, type ChildApp } from './support/child-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * A bounded kill -9 soak: 50 customers check out (and cancel about half of what they paid for)
 * against the BUILT API while it is killed with SIGKILL at random moments and restarted. Clients
 * behave as real ones do: on a cut connection or a 503 they retry with the SAME Idempotency-Key
 * until they get a definite answer. Afterwards the books must balance (support/books.ts), no key
 * may ever have answered with two different orders, and nothing may be left pending.
 * SOAK_MS sets the duration (default 60 s). Needs `pnpm build`.
 */
const SOAK_MS = Number(process.env.SOAK_MS ?? 60_000);
const CUSTOMERS = 50;
const VARIANTS = 20;
const STOCK = 60;
/** The soak goes on past SOAK_MS until this many kills happened (restarts are slow on a loaded machine), for at most twice as long. */
const MIN_KILLS = Math.min(5, Math.floor(SOAK_MS / 10_000));
jest.setTimeout(2 * SOAK_MS + 300_000);

let db: TestDatabase;
let webDir: string;
let app: ChildApp;
let restarting: Promise<void> | null = null;

function env(): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    DATA_DIR: `${webDir}/data`,
    WEB_DIST_DIR: webDir,
    JWT_SECRET: 'soak-tests-secret-soak-tests-secret-0123456789',
    SEED_DEMO: 'true',
    BCRYPT_COST: '4',
    JOBS_INTERVAL_MS: '250',
    OUTBOX_LEASE_MS: '2000', // messages claimed by the killed instance are taken over soon after the restart
    PAYMENT_TIMEOUT_MS: '2000',
    CHECKOUT_RECOVERY_AFTER_MS: '2500',
    RATE_LIMIT_API: '10000000/60',
    RATE_LIMIT_AUTH: '10000000/60',
  };
}

beforeAll(async () => {
  webDir = stubWebDir();
  db = await createTestDatabase('soak');
  app = await startChildApp(env(), { readyTimeoutMs: 180_000 }); // the first start migrates and seeds: slow on a loaded machine
});
afterAll(async () => {
  await app?.stop();
  await db?.drop();
  rmSync(webDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  body: { data?: Record<string, unknown>; error?: { code: string } } | null;
}

/** One HTTP call to whichever instance is up; null when the connection failed (a crash). */
async function once(method: string, path: string, token?: string, body?: unknown, key?: string): Promise<Answer | null> {
  if (restarting) await restarting;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await fetch(app.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
    return { status: res.status, body: (await res.json().catch(() => null)) as Answer['body'] };
  } catch {
    return null;
  }
}

/** Retries a call (same key, same body) until it gets a definite answer, like a careful client. */
async function definite(method: string, path: string, token: string, body?: unknown, key?: string): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const answer = await once(method, path, token, body, key);
    // A cut connection, a 5xx, or "still being processed" (409 on the same key): ask again.
    const retry = answer === null || answer.status >= 500 || (answer.body?.error?.code === 'CONFLICT' && path === '/api/v1/orders');
    if (!retry || attempt > 200) return answer ?? { status: 0, body: null };
    await sleep(200 + Math.random() * 300);
  }
}

it('keeps the books balanced through random kill -9s during checkouts and cancellations', async () => {
  const variants = await sql<{ id: string }>(db.url, `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT $1`, [VARIANTS]);
  await sql(db.url, `UPDATE variants SET available = $2 WHERE id = ANY($1::uuid[])`, [variants.map((v) => v.id), STOCK]);
  const initial = new Map(variants.map((v) => [v.id, STOCK]));

  const tokens: string[] = [];
  for (let i = 0; i < CUSTOMERS; i += 1) {
    const r = await once('POST', '/api/v1/auth/register', undefined, { email: `soak.${i}.${randomUUID().slice(0, 6)}@example.com`, password: 'violet-otter-keyboard-42', first_name: 'Soak', last_name: `${i}` });
    tokens.push((r?.body?.data as { access_token: string }).access_token);
  }

  const ordersOfKey = new Map<string, Set<string>>();
  const outcomes: Record<string, number> = {};
  const count = (k: string) => (outcomes[k] = (outcomes[k] ?? 0) + 1);
  const started = Date.now();
  const deadline = started + SOAK_MS;
  let kills = 0;
  const running = () => Date.now() < started + 2 * SOAK_MS && (Date.now() < deadline || kills < MIN_KILLS);

  const killer = (async () => {
    while (running()) {
      await sleep(3000 + Math.random() * 5000);
      if (!running()) break;
      restarting = (async () => {
        await app.kill9();
        kills += 1;
        app = await startChildApp(env());
      })();
      await restarting;
      restarting = null;
    }
  })();

  const customer = async (token: string) => {
    while (running()) {
      const variantId = variants[Math.floor(Math.random() * variants.length)].id;
      const added = await definite('POST', '/api/v1/cart/items', token, { variant_id: variantId, quantity: 1 + Math.floor(Math.random() * 2) });
      if (added.status === 409) {
        count('out_of_stock_in_cart');
        await sleep(100); // sold out for now: cancellations may bring units back
        continue;
      }
      const key = randomUUID();
      const body = { shipping_address: { name: 'Soak', line1: '1 Kill Street', city: 'Berlin', postal_code: '10115', country: 'DE' }, payment_method: 'pm_card_visa' };
      const placed = await definite('POST', '/api/v1/orders', token, body, key);
      count(`checkout ${placed.status}`);
      const id = placed.body?.data?.id as string | undefined;
      if (id) {
        const seen = ordersOfKey.get(key) ?? new Set<string>();
        seen.add(id);
        ordersOfKey.set(key, seen);
      }
      if (placed.status === 409 && placed.body?.error?.code === 'OUT_OF_STOCK') {
        // Give up this cart: empty it so the next round starts clean.
        const cart = await definite('GET', '/api/v1/cart', token);
        for (const item of ((cart.body?.data?.items as { id: string }[]) ?? [])) await definite('DELETE', `/api/v1/cart/items/${item.id}`, token);
      }
      if (id && placed.body?.data?.status === 'paid' && Math.random() < 0.5) {
        const cancelled = await definite('POST', `/api/v1/orders/${id}/cancel`, token);
        count(`cancel ${cancelled.status}`);
      }
    }
  };
  await Promise.all([killer, ...tokens.map(customer)]);
  process.stdout.write(`soak: ${kills} kills in ${Math.round((Date.now() - started) / 1000)} s; answers ${JSON.stringify(outcomes)}\n`);

  // Everything settles: cut-off checkouts recovered, refunds made, emails sent. The backlog is as
  // large as the machine was fast (each order leaves up to five events; a fast machine makes 1,500
  // orders in the minute), so the wait goes on while the outbox keeps shrinking: it ends when the
  // books settle, when delivery stalls for 30 s, or after 3 minutes; then the books are checked.
  const settled = async () => (await bookProblems(db.url, initial, { drained: true, noPending: true })).length === 0;
  const backlog = async () => Number((await sql<{ n: string }>(db.url, `SELECT count(*)::text AS n FROM outbox WHERE processed_at IS NULL`))[0].n);
  const giveUp = Date.now() + 180_000;
  let fewest = Infinity;
  let progressAt = Date.now();
  while (!(await settled()) && Date.now() < giveUp && Date.now() - progressAt < 30_000) {
    const left = await backlog();
    if (left < fewest) [fewest, progressAt] = [left, Date.now()];
    await sleep(1_000);
  }
  const problems = await bookProblems(db.url, initial, { drained: true, noPending: true });
  if (problems.length) process.stdout.write(`the app's last output:\n${app.output().split('\n').slice(-40).join('\n')}\n`);
  expect(problems).toEqual([]);
  expect([...ordersOfKey.values()].filter((ids) => ids.size > 1)).toEqual([]);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  const [paid] = await sql<{ n: string }>(db.url, `SELECT count(*)::text AS n FROM orders WHERE paid_at IS NOT NULL`);
  expect(Number(paid.n)).toBeGreaterThan(0);
});
