#!/usr/bin/env node
// Checkout benchmark: starts the BUILT API on a fresh PostgreSQL database, signs up
// BENCH_CUSTOMERS customers, then lets BENCH_CONNECTIONS of them at a time each add one item
// to their cart and check out (POST /orders with an Idempotency-Key, local payment provider).
// Two scenarios: purchases spread over 20 variants, and everyone buying one hot variant (row
// contention on its stock). Prints orders/s and latency percentiles, then checks the books:
// paid orders = successful answers, stock taken = units sold, nothing negative.
// Run `pnpm build` first, then `pnpm bench:checkout`.
//   BENCH_CUSTOMERS (600 per scenario)  BENCH_CONNECTIONS (50)  BENCH_PORT (3201)
import { randomUUID } from 'node:crypto';
import { startBenchServer } from './bench-server.mjs';

const customersPerScenario = Number(process.env.BENCH_CUSTOMERS ?? 600);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3201);

// Sign-up hashing (bcrypt) is not what this measures: cost 4 keeps the setup short.
const server = await startBenchServer('checkout', port, { BCRYPT_COST: '4', RATE_LIMIT_AUTH: '100000000/60' });
const { base } = server;

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
  const checkoutMs = [];
  const customerMs = [];
  const statuses = {};
  const sold = {};
  const started = performance.now();
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
  checkoutMs.sort((a, b) => a - b);
  customerMs.sort((a, b) => a - b);

  // The books must balance.
  const after = Object.fromEntries((await server.query('SELECT id, available FROM variants WHERE id = ANY($1::uuid[])', [variantIds])).map((r) => [r.id, r.available]));
  const [{ paid }] = await server.query(`SELECT count(*)::int AS paid FROM orders WHERE status = 'paid'`);
  const problems = [];
  for (const id of variantIds) {
    if (after[id] < 0) problems.push(`variant ${id} stock is negative (${after[id]})`);
    if (stockBefore[id] - after[id] !== (sold[id] ?? 0)) problems.push(`variant ${id}: stock moved by ${stockBefore[id] - after[id]}, sold ${sold[id] ?? 0}`);
  }
  return {
    row: {
      scenario: name,
      customers: tokens.length,
      'orders/s': round(checkoutMs.length / seconds),
      'checkout p50 ms': round(pct(checkoutMs, 50)),
      'checkout p99 ms': round(pct(checkoutMs, 99)),
      'cart+checkout p99 ms': round(pct(customerMs, 99)),
      answers: Object.entries(statuses).map(([s, n]) => `${s}x${n}`).join(' '),
    },
    paid,
    problems,
  };
}

try {
  const variants = await server.query(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.archived_at IS NULL ORDER BY v.sku LIMIT 21`);
  const ids = variants.map((v) => v.id);
  // Enough stock that every purchase can succeed: this measures throughput, not sell-outs
  // (the sell-out race is proven by the test suite).
  await server.query('UPDATE variants SET available = 1000000 WHERE id = ANY($1::uuid[])', [ids]);
  console.log(`\nDevGear checkout benchmark: ${customersPerScenario} customers per scenario, ${connections} at a time, real PostgreSQL, local payments, Node ${process.version}\n`);
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
