#!/usr/bin/env node
// Runs the catalog's read statements (the ones the API runs, from the BUILT API) under
// EXPLAIN (ANALYZE, BUFFERS) on a database and prints, per statement, the execution time,
// the shared buffers touched and the plan (with VERBOSE=1) — the check behind the indexes of
// the catalog_speed migration. Run `pnpm build` first.
//   node scripts/bench/explain-catalog.mjs <database-url>      (VERBOSE=1 prints whole plans)
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { listingQuery, productQuery } = require(path.join(root, 'apps/api/dist/modules/catalog/persistence/catalog-queries.js'));

export const EXPLAINED = [
  ['newest, all products', { sort: 'newest', page: 1, perPage: 24 }],
  ['category keyboards, price_asc', { categorySlug: 'keyboards', sort: 'price_asc', page: 1, perPage: 24 }],
  ['category peripherals (parent), newest, page 3', { categorySlug: 'peripherals', sort: 'newest', page: 3, perPage: 24 }],
  ['in stock, brand, price range', { inStock: true, brand: 'Keyforge', priceMin: 5000, priceMax: 20000, sort: 'newest', page: 1, perPage: 24 }],
  ['rating_desc', { sort: 'rating_desc', page: 1, perPage: 24 }],
  ['search "keyboard"', { q: 'keyboard', sort: 'relevance', page: 1, perPage: 24 }],
  ['search "usb c cable"', { q: 'usb c cable', sort: 'relevance', page: 1, perPage: 24 }],
  ['search "keybord" (typo)', { q: 'keybord', sort: 'relevance', page: 1, perPage: 24 }],
  ['search "wireless" in stock, price_asc', { q: 'wireless', inStock: true, priceMax: 20000, sort: 'price_asc', page: 1, perPage: 24 }],
];

export async function explainCatalog(databaseUrl, { verbose = false } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows = [];
  try {
    const [{ slug }] = (await client.query(`SELECT slug FROM products WHERE archived_at IS NULL ORDER BY slug LIMIT 1`)).rows;
    const statements = [...EXPLAINED.map(([name, c]) => [name, listingQuery(c)]), ['product page by slug', productQuery(slug)]];
    for (const [name, { text, values }] of statements) {
      for (let i = 0; i < 3; i += 1) await client.query(text, values); // warm caches and plans
      const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
      const top = plan[0]['QUERY PLAN'][0];
      const scans = [];
      const walk = (node) => {
        if (/Scan/.test(node['Node Type'])) scans.push(`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : ''}`);
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(top.Plan);
      rows.push({
        statement: name,
        'ms': Number(top['Execution Time'].toFixed(2)),
        'buffers hit': top.Plan['Shared Hit Blocks'],
        'buffers read': top.Plan['Shared Read Blocks'],
        scans: [...new Set(scans)].join(', ').slice(0, 160),
      });
      if (verbose) {
        const { rows: textPlan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
        console.log(`\n--- ${name}\n${textPlan.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  } finally {
    await client.end();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node scripts/bench/explain-catalog.mjs <database-url>');
    process.exit(2);
  }
  console.table(await explainCatalog(url, { verbose: process.env.VERBOSE === '1' }));
}
