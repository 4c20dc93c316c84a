/**
 * The catalog's read SQL, as plain statements with bound parameters: one round trip for a
 * listing (page, total and every facet), one for a product page. Pure functions with no
 * framework imports, so the bare benchmark server (scripts/bench/bare-server.mjs) runs
 * exactly the statements the API runs.
 *
 * Search ranks with a precomputed search document that a database trigger keeps up to date
 * (products.search_name, search_category, search_vector; see the migration
 * `catalog_speed`): per query word, a match in the product type (category) counts most, then
 * the name, then anything else (brand, specifications, description); a whole word counts
 * more than a word it is the start of ("keyb" -> keyboard), and a misspelt word ("keybord")
 * is corrected to the closest words of the catalog's vocabulary (search_words, pg_trgm).
 * Only the products matching the most query words are listed, best score first.
 */
import type { ProductDetailView, ProductFacetsView, ProductListCriteria, ProductSummaryView } from '@devgear/application';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The words of a search text: letters and digits only, lower-cased, each once, at most 8. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const terms: string[] = [];
  for (const w of words) {
    if (!w || w.length > MAX_TERM_LENGTH || terms.includes(w)) continue;
    terms.push(w);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** A summary in the shape of ProductSummaryView, built by PostgreSQL (no row mapping in JS). */
const SUMMARY_JSON = `json_build_object(
  'id', p.id, 'slug', p.slug, 'name', p.name, 'brand', p.brand,
  'category', json_build_object('id', c.id, 'slug', c.slug, 'name', c.name),
  'price', json_build_object('amount', p.min_price, 'currency', rtrim(p.currency)),
  'rating', json_build_object('average', p.rating_average, 'count', p.rating_count),
  'image', (SELECT json_build_object('url', i.url, 'alt', i.alt) FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1),
  'inStock', p.in_stock)`;

/**
 * Per query word: its stemmed form (exact), the catalog words it starts (prefix, 3+
 * letters) and, for a word the catalog does not know, the closest known words (fuzzy, 4+
 * letters). Stop words ("the", "for") are dropped.
 */
function termsCte(termsParam: string): string {
  return `terms AS (
    SELECT t.n, t.exact,
      CASE WHEN length(t.term) >= 3 THEN (
        SELECT catalog_tsquery_or(plainto_tsquery('english', w.word)) FROM (
          SELECT word FROM search_words
          WHERE word LIKE replace(replace(replace(t.term, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AND word <> t.term
          ORDER BY length(word), word LIMIT 40) w
      ) END AS prefix,
      CASE WHEN length(t.term) >= 4 AND NOT EXISTS (SELECT 1 FROM search_words WHERE word LIKE replace(replace(replace(t.term, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%') THEN (
        SELECT catalog_tsquery_or(plainto_tsquery('english', w.word)) FROM (
          SELECT word FROM search_words WHERE word % t.term AND similarity(word, t.term) >= 0.35
          ORDER BY similarity(word, t.term) DESC, word LIMIT 3) w
      ) END AS fuzzy
    FROM (SELECT u.term, u.n, plainto_tsquery('english', u.term) AS exact FROM unnest(${termsParam}) WITH ORDINALITY AS u(term, n)) t
    WHERE numnode(t.exact) > 0
  ),
  anyq AS (SELECT catalog_tsquery_or(q) AS q FROM terms, LATERAL (VALUES (exact), (prefix), (fuzzy)) v(q))`;
}

/** Score of one product (p) for every word: category 4 + name 3 + anywhere 1; prefix x0.5, fuzzy x0.7. */
const MATCH_LATERAL = `LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE s > 0)::int AS coverage, coalesce(sum(s), 0)::float8 AS score FROM (
      SELECT GREATEST(
        CASE WHEN p.search_vector @@ t.exact THEN 1 + 3 * (p.search_name @@ t.exact)::int + 4 * (p.search_category @@ t.exact)::int ELSE 0 END,
        CASE WHEN t.prefix IS NOT NULL AND p.search_vector @@ t.prefix THEN 0.5 * (1 + 3 * (p.search_name @@ t.prefix)::int + 4 * (p.search_category @@ t.prefix)::int) ELSE 0 END,
        CASE WHEN t.fuzzy IS NOT NULL AND p.search_vector @@ t.fuzzy THEN 0.7 * (1 + 3 * (p.search_name @@ t.fuzzy)::int + 4 * (p.search_category @@ t.fuzzy)::int) ELSE 0 END
      ) AS s FROM terms t
    ) x
  ) m ON TRUE`;

function orderBy(sort: ProductListCriteria['sort'], searching: boolean, alias: string): string {
  switch (sort) {
    case 'relevance':
      return searching ? `${alias}.score DESC, ${alias}.rank DESC, ${alias}.id` : `${alias}.created_at DESC, ${alias}.id`;
    case 'price_asc':
      return `${alias}.min_price ASC, ${alias}.id`;
    case 'price_desc':
      return `${alias}.min_price DESC, ${alias}.id`;
    case 'rating_desc':
      return `${alias}.rating_average DESC, ${alias}.rating_count DESC, ${alias}.id`;
    case 'name_asc':
      return `lower(${alias}.name) ASC, ${alias}.id`;
    case 'newest':
    default:
      return `${alias}.created_at DESC, ${alias}.id`;
  }
}

/**
 * One statement for GET /products: the page (items in order), the total and the facets.
 * Each facet ignores its own filter (choosing a brand still lists the other brands) and
 * honours every other one; all facets come from one pass over the matching rows
 * (GROUPING SETS). An unknown category slug matches nothing, facets included.
 */
export function listingQuery(c: ProductListCriteria): SqlStatement {
  const params = new Params();
  const terms = searchTerms(c.q);
  const searching = terms.length > 0 || c.q !== undefined;
  const ctes: string[] = [];
  const where = ['p.archived_at IS NULL'];
  if (c.inStock) where.push('p.in_stock');

  let inCat = 'TRUE';
  if (c.categorySlug !== undefined) {
    ctes.push(`cats(id, depth) AS (
      SELECT id, 0 FROM categories WHERE slug = ${params.add(c.categorySlug)}
      UNION SELECT ch.id, cats.depth + 1 FROM categories ch JOIN cats ON ch.parent_id = cats.id WHERE cats.depth < 16
    )`);
    where.push('EXISTS (SELECT 1 FROM cats)');
    inCat = 'p.category_id IN (SELECT id FROM cats)';
  }
  const inBrand = c.brand !== undefined ? `lower(p.brand) = lower(${params.add(c.brand)})` : 'TRUE';
  const price: string[] = [];
  if (c.priceMin !== undefined) price.push(`p.min_price >= ${params.add(c.priceMin, '::int')}`);
  if (c.priceMax !== undefined) price.push(`p.min_price <= ${params.add(c.priceMax, '::int')}`);
  const inPrice = price.length ? price.join(' AND ') : 'TRUE';

  const limit = params.add(c.perPage, '::int');
  const offset = params.add((c.page - 1) * c.perPage, '::int');
  let pageCte: string;
  let rows: string;

  if (searching) {
    ctes.push(termsCte(params.add(terms, '::text[]')));
    where.push('p.search_vector @@ (SELECT q FROM anyq)');
    ctes.push(`base AS MATERIALIZED (
      SELECT p.id, p.category_id, p.brand, p.min_price, p.created_at, p.name, p.rating_average, p.rating_count,
             m.coverage, m.score, ts_rank_cd(p.search_vector, (SELECT q FROM anyq)) AS rank,
             ${inCat} AS in_cat, ${inBrand} AS in_brand, ${inPrice} AS in_price
      FROM products p ${MATCH_LATERAL}
      WHERE ${where.join(' AND ')}
    )`);
    // Only the products that match the most query words (all of them when any product does).
    ctes.push(`hits AS (SELECT * FROM base WHERE coverage = (SELECT max(coverage) FROM base))`);
    rows = 'hits';
    pageCte = `page AS (
      SELECT h.id, row_number() OVER (ORDER BY ${orderBy(c.sort, true, 'h')}) AS n FROM hits h
      WHERE h.in_cat AND h.in_brand AND h.in_price
      ORDER BY ${orderBy(c.sort, true, 'h')} LIMIT ${limit} OFFSET ${offset}
    )`;
  } else {
    ctes.push(`hits AS MATERIALIZED (
      SELECT p.id, p.category_id, p.brand, p.min_price, ${inCat} AS in_cat, ${inBrand} AS in_brand, ${inPrice} AS in_price
      FROM products p WHERE ${where.join(' AND ')}
    )`);
    rows = 'hits';
    // Straight from the table, so PostgreSQL can walk an index in the sort order and stop early.
    pageCte = `page AS (
      SELECT p.id, row_number() OVER (ORDER BY ${orderBy(c.sort, false, 'p')}) AS n FROM products p
      WHERE ${[...where, inCat, inBrand, inPrice].join(' AND ')}
      ORDER BY ${orderBy(c.sort, false, 'p')} LIMIT ${limit} OFFSET ${offset}
    )`;
  }
  ctes.push(pageCte);
  ctes.push(`facets AS (
    SELECT GROUPING(f.category_id) AS gc, GROUPING(f.brand) AS gb, f.category_id, f.brand,
      count(*) FILTER (WHERE f.in_brand AND f.in_price)::int AS category_n,
      count(*) FILTER (WHERE f.in_cat AND f.in_price)::int AS brand_n,
      count(*) FILTER (WHERE f.in_cat AND f.in_brand AND f.in_price)::int AS total,
      min(f.min_price) FILTER (WHERE f.in_cat AND f.in_brand) AS price_min,
      max(f.min_price) FILTER (WHERE f.in_cat AND f.in_brand) AS price_max
    FROM ${rows} f GROUP BY GROUPING SETS ((f.category_id), (f.brand), ())
  )`);

  const text = `WITH RECURSIVE ${ctes.join(',\n')}
SELECT
  coalesce((SELECT json_agg(${SUMMARY_JSON} ORDER BY pg.n) FROM page pg JOIN products p ON p.id = pg.id JOIN categories c ON c.id = p.category_id), '[]'::json) AS items,
  (SELECT coalesce(max(total), 0) FROM facets WHERE gc = 1 AND gb = 1) AS total,
  coalesce((SELECT json_agg(json_build_object('slug', cf.slug, 'count', f.category_n) ORDER BY f.category_n DESC, cf.slug)
    FROM facets f JOIN categories cf ON cf.id = f.category_id WHERE f.gc = 0 AND f.category_n > 0), '[]'::json) AS categories,
  coalesce((SELECT json_agg(json_build_object('name', f.brand, 'count', f.brand_n) ORDER BY f.brand_n DESC, f.brand)
    FROM facets f WHERE f.gb = 0 AND f.gc = 1 AND f.brand_n > 0), '[]'::json) AS brands,
  (SELECT price_min FROM facets WHERE gc = 1 AND gb = 1) AS price_min,
  (SELECT price_max FROM facets WHERE gc = 1 AND gb = 1) AS price_max`;
  return { text, values: params.values };
}

export interface ListingRow {
  items: ProductSummaryView[];
  total: number;
  categories: { slug: string; count: number }[];
  brands: { name: string; count: number }[];
  price_min: number | string | null;
  price_max: number | string | null;
}

export function listingResult(row: ListingRow): { items: ProductSummaryView[]; total: number; facets: ProductFacetsView } {
  return {
    items: row.items,
    total: Number(row.total),
    facets: {
      categories: row.categories,
      brands: row.brands,
      price: { min: row.price_min === null ? null : Number(row.price_min), max: row.price_max === null ? null : Number(row.price_max) },
    },
  };
}

/** One statement for GET /products/{id-or-slug}: the product with its category, variants and images. */
export function productQuery(idOrSlug: string): SqlStatement {
  const byId = UUID.test(idOrSlug);
  return {
    text: `SELECT json_build_object(
    'id', p.id, 'slug', p.slug, 'name', p.name, 'brand', p.brand,
    'category', json_build_object('id', c.id, 'slug', c.slug, 'name', c.name),
    'price', json_build_object('amount', p.min_price, 'currency', rtrim(p.currency)),
    'rating', json_build_object('average', p.rating_average, 'count', p.rating_count),
    'inStock', p.in_stock, 'description', p.description, 'specifications', p.specifications,
    'images', coalesce((SELECT json_agg(json_build_object('id', i.id, 'url', i.url, 'alt', i.alt) ORDER BY i.position, i.id)
                        FROM product_images i WHERE i.product_id = p.id), '[]'::json),
    'variants', coalesce((SELECT json_agg(json_build_object('id', v.id, 'sku', v.sku, 'name', v.name, 'options', v.options,
                            'price', json_build_object('amount', v.price, 'currency', rtrim(p.currency)), 'available', v.available) ORDER BY v.position, v.sku)
                          FROM variants v WHERE v.product_id = p.id), '[]'::json),
    'createdAt', p.created_at, 'updatedAt', p.updated_at) AS product
  FROM products p JOIN categories c ON c.id = p.category_id
  WHERE p.archived_at IS NULL AND ${byId ? 'p.id = $1::uuid' : 'p.slug = $1'}`,
    values: [byId ? idOrSlug.toLowerCase() : idOrSlug],
  };
}

export type ProductRow = { product: ProductJson };

type ProductJson = Omit<ProductDetailView, 'image' | 'createdAt' | 'updatedAt' | 'specifications'> & {
  specifications: { key: string; value: string; unit?: string | null }[] | null;
  createdAt: string;
  updatedAt: string;
};

export function productResult(row: ProductRow | undefined): ProductDetailView | null {
  if (!row) return null;
  const p = row.product;
  const specifications = Array.isArray(p.specifications) ? p.specifications : [];
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    brand: p.brand,
    category: p.category,
    price: p.price,
    rating: { average: Number(p.rating.average), count: Number(p.rating.count) },
    image: p.images[0] ? { url: p.images[0].url, alt: p.images[0].alt } : null,
    inStock: p.inStock,
    description: p.description,
    specifications: specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit ?? null })),
    images: p.images,
    variants: p.variants,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
  };
}
