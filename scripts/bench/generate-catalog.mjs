#!/usr/bin/env node
// Grows a seeded DevGear database (the demo catalog) to a large catalog for benchmarks and
// EXPLAIN checks: every generated product is a variation of a demo product (same category,
// brand, vocabulary and number of variants; its own name, slug, SKUs, price, stock, rating
// and age), so listings, facets and search behave as they would on a real shop of that size.
// The database's own triggers derive search documents and log stock, as for any write.
//   node scripts/bench/generate-catalog.mjs <database-url> [total products, default 10000]
import pg from 'pg';

/**
 * Adds products to the database at `databaseUrl` until it holds `total` visible products.
 * Deterministic for a given starting catalog (setseed), so runs are comparable.
 */
export async function generateCatalog(databaseUrl, total = 10_000) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ n: existing }] = (await client.query('SELECT count(*)::int AS n FROM products WHERE archived_at IS NULL')).rows;
    const missing = total - existing;
    if (missing <= 0) return { created: 0, total: existing };
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.42)');
    await client.query(`
      CREATE TEMP TABLE gen ON COMMIT DROP AS
      SELECT g.i, t.id AS template_id, gen_random_uuid() AS id,
             (0.6 + random() * 0.9) AS price_factor,
             random() < 0.08 AS sold_out,
             floor(random() * 730)::int AS age_days,
             CASE WHEN random() < 0.7 THEN round((3 + random() * 2)::numeric, 2) ELSE 0 END AS rating,
             floor(random() * 400)::int AS rating_count,
             (ARRAY['Mk II', 'Mk III', 'Pro', 'Lite', 'Plus', 'Max', 'SE', 'Air', 'Go', 'X'])[1 + floor(random() * 10)::int] AS edition
      FROM generate_series(1, $1::int) AS g(i)
      JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS rn, count(*) OVER () AS n FROM products WHERE archived_at IS NULL) t
        ON t.rn = g.i % t.n`, [missing]);
    await client.query(`
      INSERT INTO products (id, slug, name, description, brand, category_id, specifications, min_price, currency, in_stock,
                            rating_average, rating_count, created_at, updated_at, version)
      SELECT g.id, p.slug || '-' || lower(replace(g.edition, ' ', '-')) || '-' || g.i, p.name || ' ' || g.edition || ' ' || g.i,
             p.description, p.brand, p.category_id, p.specifications, greatest(1, round(p.min_price * g.price_factor))::int, p.currency,
             NOT g.sold_out, CASE WHEN g.rating > 0 THEN g.rating ELSE 0 END, CASE WHEN g.rating > 0 THEN g.rating_count ELSE 0 END,
             now() - make_interval(days => g.age_days), now(), 1
      FROM gen g JOIN products p ON p.id = g.template_id`);
    await client.query(`
      INSERT INTO variants (id, product_id, sku, name, options, price, available, position, created_at, updated_at)
      SELECT gen_random_uuid(), g.id, v.sku || '-G' || g.i, v.name, v.options, greatest(1, round(v.price * g.price_factor))::int,
             CASE WHEN g.sold_out THEN 0 ELSE floor(random() * 60)::int END, v.position, now(), now()
      FROM gen g JOIN variants v ON v.product_id = g.template_id`);
    // The cheapest variant sets the product price, and in_stock follows the variants (as the app keeps them).
    await client.query(`
      UPDATE products p SET min_price = s.min_price, in_stock = s.in_stock
      FROM (SELECT v.product_id, min(v.price) AS min_price, bool_or(v.available > 0) AS in_stock
            FROM variants v JOIN gen g ON g.id = v.product_id GROUP BY v.product_id) s
      WHERE p.id = s.product_id`);
    await client.query(`
      INSERT INTO product_images (id, product_id, storage_key, url, alt, position, created_at)
      SELECT gen_random_uuid(), g.id, i.storage_key, i.url, i.alt, i.position, now()
      FROM gen g JOIN product_images i ON i.product_id = g.template_id`);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE products');
    await client.query('VACUUM ANALYZE variants');
    await client.query('VACUUM ANALYZE product_images');
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM products WHERE archived_at IS NULL')).rows;
    return { created: missing, total: n };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, total] = process.argv.slice(2);
  if (!url) {
    console.error('usage: node scripts/bench/generate-catalog.mjs <database-url> [total products]');
    process.exit(2);
  }
  const started = Date.now();
  const result = await generateCatalog(url, Number(total ?? 10_000));
  console.log(`catalog: ${result.created} products generated, ${result.total} in total (${Date.now() - started} ms)`);
}
