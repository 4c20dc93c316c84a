#!/usr/bin/env node
// The hardware ceiling for the catalog benchmark: a bare Fastify + `pg` server with nothing but
// the catalog's own SQL (the very statements the API runs, imported from the BUILT API), no
// framework layers, no validation, no logging, no rate limit. BARE_CACHE=1 keeps each
// serialised page in memory forever (the best a cache can do); BARE_CACHE=0 reads PostgreSQL
// on every request. `pnpm bench` starts it next to the API and reports the API as a ratio to it.
//   DATABASE_URL  PORT (3201)  BARE_CACHE (0)  DATABASE_POOL_SIZE (10, as the API)
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const requireFromApi = createRequire(path.join(root, 'apps/api/package.json'));
const Fastify = requireFromApi('fastify');
const { listingQuery, listingResult, productQuery, productResult } = requireFromApi(
  path.join(root, 'apps/api/dist/modules/catalog/persistence/catalog-queries.js'),
);
// The API's own wire shapes, so the ceiling serialises exactly what the API sends.
const { presentSummary, presentDetail } = requireFromApi(path.join(root, 'apps/api/dist/modules/catalog/http/catalog.presenter.js'));

const port = Number(process.env.PORT ?? 3201);
const cache = process.env.BARE_CACHE === '1' ? new Map() : null;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const JSON_TYPE = 'application/json; charset=utf-8';

async function listing(url, query) {
  const page = Number(query.page ?? 1);
  const perPage = Number(query.per_page ?? 24);
  const { text, values } = listingQuery({
    q: query.q,
    categorySlug: query.category,
    brand: query.brand,
    priceMin: query.price_min === undefined ? undefined : Number(query.price_min),
    priceMax: query.price_max === undefined ? undefined : Number(query.price_max),
    inStock: query.in_stock === 'true' ? true : undefined,
    sort: query.sort ?? (query.q ? 'relevance' : 'newest'),
    page,
    perPage,
  });
  const r = listingResult((await pool.query(text, values)).rows[0]);
  const hasNext = page * perPage < r.total;
  return JSON.stringify({
    data: r.items.map(presentSummary),
    meta: { page, per_page: perPage, total: r.total, has_next: hasNext, facets: r.facets },
    links: { self: url, next: hasNext ? `${url}&page=${page + 1}` : null, prev: page > 1 ? `${url}&page=${page - 1}` : null },
  });
}

async function product(idOrSlug) {
  const query = productQuery(idOrSlug);
  const p = query && productResult((await pool.query(query.text, query.values)).rows[0]);
  if (!p) return null;
  return JSON.stringify({ data: presentDetail(p) });
}

const app = Fastify({ logger: false });
const serve = (load) => async (request, reply) => {
  let body = cache?.get(request.url);
  if (body === undefined) {
    body = await load(request);
    if (body === null) return reply.code(404).type(JSON_TYPE).send('{"error":{"code":"NOT_FOUND"}}');
    cache?.set(request.url, body);
  }
  return reply.type(JSON_TYPE).send(body);
};
app.get('/api/v1/products', serve((request) => listing(request.url, request.query)));
app.get('/api/v1/products/:idOrSlug', serve((request) => product(request.params.idOrSlug)));
app.get('/api/v1/health/ready', async () => ({ status: 'ok' }));

await app.listen({ port, host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
