#!/usr/bin/env node
// Catalog benchmark: starts the BUILT API on a fresh PostgreSQL database with the demo
// catalog, then drives listing and search endpoints with autocannon and prints
// requests/s and latency percentiles. Run `pnpm build` first, then `pnpm bench`.
//   BENCH_CONNECTIONS (50)  BENCH_DURATION seconds per scenario (10)  BENCH_PORT (3200)
import autocannon from 'autocannon';
import { startBenchServer } from './bench-server.mjs';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3200);

const server = await startBenchServer('catalog', port);
const base = server.base;

try {
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
  await server.stop();
}
