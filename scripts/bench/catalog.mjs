#!/usr/bin/env node
// Catalog benchmark: starts the BUILT API on a fresh PostgreSQL database with the demo
// catalog, then drives listing and search endpoints with autocannon and prints
// requests/s and latency percentiles. Run `pnpm build` first, then `pnpm bench`.
//   BENCH_CONNECTIONS (50)  BENCH_DURATION seconds per scenario (10)  BENCH_PORT (3200)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;

async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const dbName = `devgear_bench_${process.pid}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'devgear-bench-'));
await admin(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;

const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
    // One load generator is one client IP: lift the per-IP limit so it measures the catalog.
    RATE_LIMIT_API: '100000000/60',
  },
});

async function cleanup() {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}

try {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${base}/api/v1/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 500));
  }
  const sample = await (await fetch(`${base}/api/v1/products?category=keyboards&per_page=1`)).json();
  const slug = sample.data[0].slug;

  const scenarios = [
    { name: 'category listing  GET /products?category=keyboards&sort=price_asc', path: '/api/v1/products?category=keyboards&sort=price_asc' },
    { name: 'full-text search  GET /products?q=keyboard', path: '/api/v1/products?q=keyboard' },
    { name: 'search + filters  GET /products?q=wireless&in_stock=true&price_max=20000', path: '/api/v1/products?q=wireless&in_stock=true&price_max=20000' },
    { name: 'product detail    GET /products/{slug}', path: `/api/v1/products/${slug}` },
  ];
  console.log(`\nDevGear catalog benchmark: ${connections} connections, ${duration}s per scenario, real PostgreSQL, Node ${process.version}\n`);
  const rows = [];
  for (const s of scenarios) {
    // Warm-up (JIT, connection pool, PostgreSQL caches), not counted.
    await autocannon({ url: base + s.path, connections: 10, duration: 2 });
    const r = await autocannon({ url: base + s.path, connections, duration });
    rows.push({
      scenario: s.name,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p90 ms': r.latency.p90,
      'p99 ms': r.latency.p99,
      'max ms': r.latency.max,
      requests: r.requests.total,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    });
  }
  console.table(rows);
  const failures = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failures.length) {
    console.error('some requests failed:', failures.map((f) => f.scenario).join(', '));
    process.exitCode = 1;
  }
} finally {
  await cleanup();
}
