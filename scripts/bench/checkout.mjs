#!/usr/bin/env node
// Checkout benchmark: starts the BUILT API on a fresh PostgreSQL database, signs up
// BENCH_CUSTOMERS customers, then lets BENCH_CONNECTIONS of them at a time each add one item
// to their cart and check out (POST /orders with an Idempotency-Key, local payment provider).
// Two scenarios: purchases spread over 20 variants, and everyone buying one hot variant (row
// contention on its stock). Prints orders/s and latency percentiles, then checks the books:
// paid orders = successful answers, stock taken = units sold, nothing negative.
// Run `pnpm build` first, then `pnpm bench:checkout`.
//   BENCH_CUSTOMERS (600 per scenario)  BENCH_CONNECTIONS (50)  BENCH_PORT (3201)
//   BENCH_QUERIES_WITH_JOBS=1: count the statements with the background jobs on, so the order's
//   events (emails, recommendations, counters) are counted too
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { startBenchServer } from './bench-server.mjs';

const customersPerScenario = Number(process.env.BENCH_CUSTOMERS ?? 600);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3201);

// PostgreSQL's own log, where the statements of the bench database are counted (readable as root).
const PG_LOG = process.env.BENCH_PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
const countQueries = existsSync(PG_LOG) && process.env.BENCH_COUNT_QUERIES !== '0';
const queriesWithJobs = process.env.BENCH_QUERIES_WITH_JOBS === '1';

// Sign-up hashing (bcrypt) is not what this measures: cost 4 keeps the setup short.
const BENCH_ENV = { BCRYPT_COST: '4', RATE_LIMIT_AUTH: '100000000/60' };
let server;
let base;

async function call(method, path, { token, body, key } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  return { status: res.status, body: json };
}

/** Runs `work(i)` for i in 0..count-1 with at most `limit` in flight. */
async function pool(count, limit, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** Units held by unreleased reservations, by variant (null on a schema without reservations: an older build). */
async function heldUnits(variantIds) {
  try {
    const rows = await server.query('SELECT variant_id, sum(quantity)::int AS held FROM stock_reservations WHERE variant_id = ANY($1::uuid[]) AND released_at IS NULL GROUP BY variant_id', [variantIds]);
    return Object.fromEntries(rows.map((r) => [r.variant_id, r.held]));
  } catch {
    return null;
  }
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (n) => Math.round(n * 10) / 10;

async function signUp(count) {
  const tokens = [];
  await pool(count, 16, async (i) => {
    const r = await call('POST', '/api/v1/auth/register', {
      body: { email: `bench.${process.pid}.${Date.now()}.${i}@example.com`, password: 'violet-otter-keyboard-42', first_name: 'Bench', last_name: `Customer ${i}` },
    });
    if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
    tokens.push(r.body.data.access_token);
  });
  return tokens;
}

const address = { name: 'Bench Customer', line1: '1 Load Street', city: 'Berlin', postal_code: '10115', country: 'DE' };

async function scenario(name, variantIds) {
  const tokens = await signUp(customersPerScenario);
  const stockBefore = Object.fromEntries((await server.query('SELECT id, available FROM variants WHERE id = ANY($1::uuid[])', [variantIds])).map((r) => [r.id, r.available]));
  const heldBefore = await heldUnits(variantIds);
  const checkoutMs = [];
  const customerMs = [];
  const statuses = {};
  const sold = {};
  const started = performance.now();
  const cpuBefore = await server.cpu();
  await pool(tokens.length, connections, async (i) => {
    const token = tokens[i];
    const variantId = variantIds[i % variantIds.length];
    const t0 = performance.now();
    const added = await call('POST', '/api/v1/cart/items', { token, body: { variant_id: variantId, quantity: 1 } });
    if (added.status !== 200 && added.status !== 201) {
      statuses[`cart ${added.status}`] = (statuses[`cart ${added.status}`] ?? 0) + 1;
      return;
    }
    const t1 = performance.now();
    const placed = await call('POST', '/api/v1/orders', { token, key: randomUUID(), body: { shipping_address: address, payment_method: 'pm_card_visa' } });
    const t2 = performance.now();
    statuses[placed.status] = (statuses[placed.status] ?? 0) + 1;
    if (placed.status === 201) {
      checkoutMs.push(t2 - t1);
      customerMs.push(t2 - t0);
      sold[variantId] = (sold[variantId] ?? 0) + 1;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await server.cpu();
  checkoutMs.sort((a, b) => a - b);
  customerMs.sort((a, b) => a - b);

  // The books must balance: stock that left the shelf is held by the orders' reservations.
  const after = Object.fromEntries((await server.query('SELECT id, available FROM variants WHERE id = ANY($1::uuid[])', [variantIds])).map((r) => [r.id, r.available]));
  const held = await heldUnits(variantIds);
  const [{ paid }] = await server.query(`SELECT count(*)::int AS paid FROM orders WHERE status = 'paid'`);
  const problems = [];
  for (const id of variantIds) {
    if (after[id] < 0) problems.push(`variant ${id} stock is negative (${after[id]})`);
    if (stockBefore[id] - after[id] !== (sold[id] ?? 0)) problems.push(`variant ${id}: stock moved by ${stockBefore[id] - after[id]}, sold ${sold[id] ?? 0}`);
    if (held && heldBefore && stockBefore[id] - after[id] !== (held[id] ?? 0) - (heldBefore[id] ?? 0)) problems.push(`variant ${id}: stock moved by ${stockBefore[id] - after[id]}, reservations hold ${(held[id] ?? 0) - (heldBefore[id] ?? 0)} more`);
  }
  return {
    row: {
      scenario: name,
      customers: tokens.length,
      'orders/s': round(checkoutMs.length / seconds),
      'checkout p50 ms': round(pct(checkoutMs, 50)),
      'checkout p99 ms': round(pct(checkoutMs, 99)),
      'cart+checkout p99 ms': round(pct(customerMs, 99)),
      // CPU per customer (add to cart + checkout): what the load costs, whatever else the machine does.
      'API CPU ms': round(((cpuAfter.api - cpuBefore.api) * 1000) / tokens.length),
      'DB CPU ms': round(((cpuAfter.db - cpuBefore.db) * 1000) / tokens.length),
      answers: Object.entries(statuses).map(([s, n]) => `${s}x${n}`).join(' '),
    },
    paid,
    problems,
  };
}

/**
 * Statements the API sends to PostgreSQL for one customer's add-to-cart + checkout: an instance
 * with its background jobs off and log_statement = 'all' on its database only; 20 customers one
 * after the other; the statements counted in PostgreSQL's own log.
 */
async function queriesPerCheckout(n = 20) {
  server = await startBenchServer('queries', port, { ...BENCH_ENV, JOBS_INTERVAL_MS: queriesWithJobs ? '1000' : '0' }, { logStatements: true });
  base = server.base;
  try {
    const [{ id: variantId }] = await server.query(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT 1`);
    await server.query('UPDATE variants SET available = 1000000 WHERE id = $1', [variantId]);
    const tokens = await signUp(n);
    const logSize = () => statSync(PG_LOG).size;
    const from = logSize();
    for (const token of tokens) {
      await call('POST', '/api/v1/cart/items', { token, body: { variant_id: variantId, quantity: 1 } });
      const placed = await call('POST', '/api/v1/orders', { token, key: randomUUID(), body: { shipping_address: address, payment_method: 'pm_card_visa' } });
      if (placed.status !== 201) throw new Error(`checkout failed: ${placed.status}`);
    }
    // The log is written asynchronously; with the jobs on, their next rounds deliver the events.
    await new Promise((r) => setTimeout(r, queriesWithJobs ? 4000 : 500));
    const lines = readFileSync(PG_LOG).subarray(from, logSize()).toString('utf8').split('\n');
    const statements = lines.filter((l) => l.includes(`@${server.dbName} LOG:`) && /LOG:\s+(statement|execute)/.test(l)).length;
    return round(statements / n);
  } finally {
    await server.stop();
  }
}

const perCustomer = countQueries ? await queriesPerCheckout() : null;
server = await startBenchServer('checkout', port, BENCH_ENV);
base = server.base;
try {
  const variants = await server.query(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT 21`);
  const ids = variants.map((v) => v.id);
  // Enough stock that every purchase can succeed: this measures throughput, not sell-outs
  // (the sell-out race is proven by the test suite).
  await server.query('UPDATE variants SET available = 1000000 WHERE id = ANY($1::uuid[])', [ids]);
  console.log(`\nDevGear checkout benchmark: ${customersPerScenario} customers per scenario, ${connections} at a time, real PostgreSQL, local payments, Node ${process.version}\n`);
  if (perCustomer !== null) console.log(`SQL statements per customer (add to cart + checkout${queriesWithJobs ? ', and the delivery of its events' : ''}, counted in PostgreSQL's log): ${perCustomer}`);
  const spread = await scenario('spread over 20 variants', ids.slice(0, 20));
  const hot = await scenario('one hot variant', ids.slice(20, 21));
  console.table([spread.row, hot.row]);
  const problems = [...spread.problems, ...hot.problems];
  const expectedPaid = [spread, hot].reduce((n, s) => n + Number(s.row.answers.match(/201x(\d+)/)?.[1] ?? 0), 0);
  if (hot.paid !== expectedPaid) problems.push(`paid orders in the database ${hot.paid} != successful answers ${expectedPaid}`);
  if (problems.length) {
    console.error('the books do not balance:\n  ' + problems.join('\n  '));
    process.exitCode = 1;
  } else {
    console.log(`books balance: ${hot.paid} paid orders, stock taken = units sold, nothing negative`);
  }
} finally {
  await server.stop();
}
