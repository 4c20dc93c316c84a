#!/usr/bin/env node
// Catalog benchmark, measured against the hardware in the same run. For the demo catalog and
// for a generated large one (BENCH_LARGE products), four servers take turns on one
// PostgreSQL database, each driven by autocannon:
//   ceiling, cached     bare Fastify + pg with every serialised page kept in memory (bare-server.mjs)
//   ceiling, uncached   the same bare server reading PostgreSQL on every request (same SQL as the API)
//   API, cache          the BUILT API as shipped
//   API, no cache       the API with CATALOG_CACHE_TTL=0
// and the report gives each API figure as a ratio to its ceiling, round by round, then checks
// the targets of issue 11 (cached: >= 50 % of the cached ceiling with p99 <= 20 ms; uncached:
// >= 80 % of the uncached ceiling). It also prints each server's own CPU time per answer (from
// /proc), which a busy machine disturbs far less than req/s. Run `pnpm build` first, then `pnpm bench`.
//   BENCH_CONNECTIONS (50)  BENCH_DURATION seconds per scenario (10)  BENCH_ROUNDS (2)
//   BENCH_LARGE products in the large catalog (10000; 0 skips it)  BENCH_PORT (3200, and +1)
//   CATALOG_CACHE_TTL=0 pnpm bench  measures only the uncached pair (the old behaviour of that variable)
import autocannon from 'autocannon';
import { cpuSecondsOf, createBenchDatabase, run, startApi, startBare } from './bench-server.mjs';
import { generateCatalog } from './generate-catalog.mjs';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const large = Number(process.env.BENCH_LARGE ?? 10_000);
const port = Number(process.env.BENCH_PORT ?? 3200);
const onlyUncached = process.env.CATALOG_CACHE_TTL === '0';
delete process.env.CATALOG_CACHE_TTL; // the servers below set their own

const TARGETS = { cachedRatio: 0.5, cachedP99: 20, uncachedRatio: 0.8 };
const SERVERS = [
  { key: 'ceiling-cached', label: 'ceiling: bare + cache', start: (db) => startBare(db, port + 1, { cache: true }) },
  { key: 'api-cached', label: 'API, cache as shipped', ceiling: 'ceiling-cached', start: (db) => startApi(db, port) },
  { key: 'ceiling-uncached', label: 'ceiling: bare, no cache', start: (db) => startBare(db, port + 1, { cache: false }) },
  { key: 'api-uncached', label: 'API, CATALOG_CACHE_TTL=0', ceiling: 'ceiling-uncached', start: (db) => startApi(db, port, { CATALOG_CACHE_TTL: '0' }) },
].filter((s) => !onlyUncached || s.key.endsWith('uncached'));

const databases = [];
try {
  // The demo catalog: the API seeds it at its first start.
  const demo = await createBenchDatabase('catalog_demo');
  databases.push(demo);
  await (await startApi(demo.url, port)).stop();
  await run(demo.url, 'VACUUM ANALYZE');
  const catalogs = [{ name: 'demo', db: demo }];
  if (large > 0) {
    const big = await createBenchDatabase('catalog_large', { template: demo.name });
    databases.push(big);
    const grown = await generateCatalog(big.url, large);
    catalogs.push({ name: `${grown.total} products`, db: big });
  }
  for (const c of catalogs) {
    const [{ slug }] = await run(
      c.db.url,
      `SELECT p.slug FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = 'keyboards' AND p.archived_at IS NULL ORDER BY p.min_price, p.id LIMIT 1`,
    );
    c.scenarios = [
      { name: 'listing', path: '/api/v1/products?category=keyboards&sort=price_asc' },
      { name: 'detail', path: `/api/v1/products/${slug}` },
      { name: 'search', path: '/api/v1/products?q=keyboard' },
    ];
  }

  console.log(
    `\nDevGear catalog benchmark: ${connections} connections, ${duration} s per scenario, ${rounds} round(s), real PostgreSQL, Node ${process.version}`,
  );
  console.log('scenarios: listing = GET /products?category=keyboards&sort=price_asc, detail = GET /products/{slug}, search = GET /products?q=keyboard\n');

  const results = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const c of catalogs) {
      for (const server of SERVERS) {
        const running = await server.start(c.db.url);
        try {
          for (const s of c.scenarios) {
            const url = running.base + s.path;
            // Warm-up (JIT, connection pool, caches, PostgreSQL buffers), not counted.
            await autocannon({ url, connections: 10, duration: 2 });
            const cpuBefore = cpuSecondsOf(running.pid);
            const r = await autocannon({ url, connections, duration });
            const cpuAfter = cpuSecondsOf(running.pid);
            results.push({
              round,
              catalog: c.name,
              scenario: s.name,
              server: server.key,
              label: server.label,
              rps: Math.round(r.requests.average),
              p50: r.latency.p50,
              p99: r.latency.p99,
              errors: r.errors + r.timeouts + r.non2xx,
              // The server's own CPU per answer: steadier than req/s on a shared machine.
              cpuUs: cpuBefore === null || cpuAfter === null || r.requests.total === 0 ? null : ((cpuAfter - cpuBefore) * 1e6) / r.requests.total,
            });
          }
        } finally {
          await running.stop();
        }
      }
    }
  }

  const find = (round, catalog, scenario, server) => results.find((r) => r.round === round && r.catalog === catalog && r.scenario === scenario && r.server === server);
  const ratioOf = (r) => {
    const ceilingKey = SERVERS.find((s) => s.key === r.server)?.ceiling;
    const ceiling = ceilingKey && find(r.round, r.catalog, r.scenario, ceilingKey);
    return ceiling ? r.rps / ceiling.rps : null;
  };
  const table = results.map((r) => {
    const ratio = ratioOf(r);
    return {
      round: r.round,
      catalog: r.catalog,
      scenario: r.scenario,
      server: r.label,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'of ceiling': ratio === null ? 'ceiling' : `${(ratio * 100).toFixed(0)} %`,
      'server CPU µs/req': r.cpuUs === null ? '' : Math.round(r.cpuUs),
      errors: r.errors,
    };
  });
  console.table(table);

  // Targets: listing and detail, every round and catalog.
  const checks = [];
  for (const r of results.filter((x) => x.scenario !== 'search' && x.server.startsWith('api'))) {
    const ratio = ratioOf(r);
    if (ratio === null) continue;
    const cached = r.server === 'api-cached';
    const ok = cached ? ratio >= TARGETS.cachedRatio && r.p99 <= TARGETS.cachedP99 : ratio >= TARGETS.uncachedRatio;
    checks.push({
      round: r.round,
      catalog: r.catalog,
      scenario: r.scenario,
      server: r.label,
      measured: `${(ratio * 100).toFixed(0)} % of ceiling${cached ? `, p99 ${r.p99} ms` : ''}`,
      target: cached ? `>= ${TARGETS.cachedRatio * 100} %, p99 <= ${TARGETS.cachedP99} ms` : `>= ${TARGETS.uncachedRatio * 100} %`,
      met: ok ? 'yes' : 'NO',
    });
  }
  if (checks.length) {
    console.log('\nTargets (issue 11):');
    console.table(checks);
  }
  const failures = results.filter((r) => r.errors > 0);
  if (failures.length) {
    console.error('some requests failed:', failures.map((f) => `${f.label} ${f.catalog} ${f.scenario}`).join(', '));
    process.exitCode = 1;
  }
} finally {
  for (const db of databases) await db.drop();
}
