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
import { isUuid } from '../../../platform/system/system-services';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

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
  'maxPrice', json_build_object('amount', coalesce((SELECT max(v.price) FROM variants v WHERE v.product_id = p.id), p.min_price), 'currency', rtrim(p.currency)),
  'rating', json_build_object('average', p.rating_average, 'count', p.rating_count),
  'image', (SELECT json_build_object('url', i.url, 'alt', i.alt) FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1),
  'inStock', p.in_stock)`;

/**
 * Per query word i, one row `w<i>`: its stemmed form (e), the catalog words it is the start
 * of (p: 3+ characters, "keyb" -> keyboard), and for a word the catalog does not know, the
 * closest known words (f: 4+ characters, "keybord" -> keyboard). `a` is any of them; it is
 * NULL for a stop word ("the", "for"), which then counts for nothing.
 */
function wordCte(i: number, term: string, params: Params): string {
  const t = params.add(term);
  // Terms are letters and digits only (searchTerms), so the pattern has no LIKE wildcard of its own.
  const like = term.length >= 3 ? params.add(`${term}%`) : '';
  const prefix =
    term.length >= 3
      ? `(SELECT catalog_tsquery_or(plainto_tsquery('english', x.word)) FROM (
          SELECT word FROM search_words WHERE word LIKE ${like} AND word <> ${t} ORDER BY length(word), word LIMIT 40) x)`
      : 'NULL::tsquery';
  const fuzzy =
    term.length >= 4
      ? `CASE WHEN NOT EXISTS (SELECT 1 FROM search_words WHERE word LIKE ${like}) THEN (
          SELECT catalog_tsquery_or(plainto_tsquery('english', x.word)) FROM (
            SELECT word FROM search_words WHERE word % ${t} AND similarity(word, ${t}) >= 0.35
            ORDER BY similarity(word, ${t}) DESC, word LIMIT 3) x) END`
      : 'NULL::tsquery';
  return `w${i}0 AS (SELECT plainto_tsquery('english', ${t}) AS e, ${prefix} AS p, ${fuzzy} AS f),
  w${i} AS MATERIALIZED (
    SELECT e, p, f, CASE WHEN numnode(e) > 0 THEN (SELECT catalog_tsquery_or(q) FROM (VALUES (e), (p), (f)) v(q)) END AS a FROM w${i}0
  )`;
}

/**
 * A product's score for word i: a match in the category 4 + in the name 3 + anywhere 1 (a word
 * only in the brand, specifications or description scores 1). A word it only starts ("key" in
 * "keyboard") counts 0.4 of that, so a whole word always ranks first (the smallest whole-word
 * match in a name, 4, beats the largest prefix match, 3.2); a corrected misspelling counts 0.7.
 * The wide search_vector is only read when name and category do not match.
 */
function wordScore(i: number): string {
  const kind = (q: string, factor: string) => `CASE WHEN ${q} IS NULL OR numnode(${q}) = 0 THEN 0
        WHEN p.search_name @@ ${q} OR p.search_category @@ ${q} THEN ${factor}(1 + 3 * (p.search_name @@ ${q})::int + 4 * (p.search_category @@ ${q})::int)
        WHEN p.search_vector @@ ${q} THEN ${factor}1 ELSE 0 END`;
  return `GREATEST(${kind(`w${i}.e`, '')}, ${kind(`w${i}.p`, '0.4 * ')}, ${kind(`w${i}.f`, '0.7 * ')})`;
}

/** The sort order over rows carrying the sort keys (alias `h`). Equal scores: best rated, then newest. */
function orderBy(sort: ProductListCriteria['sort'], searching: boolean, h: string): string {
  switch (sort) {
    case 'relevance':
      return searching
        ? `${h}.score DESC, ${h}.rating_average DESC, ${h}.rating_count DESC, ${h}.created_at DESC, ${h}.id`
        : `${h}.created_at DESC, ${h}.id`;
    case 'price_asc':
      return `${h}.min_price ASC, ${h}.id`;
    case 'price_desc':
      return `${h}.min_price DESC, ${h}.id`;
    case 'rating_desc':
      return `${h}.rating_average DESC, ${h}.rating_count DESC, ${h}.id`;
    case 'name_asc':
      return `lower(${h}.name) ASC, ${h}.id`;
    case 'newest':
    default:
      return `${h}.created_at DESC, ${h}.id`;
  }
}

/**
 * One statement for GET /products: the page (items in order), the total and the facets.
 *
 * `hits` is every product matching the search and the stock filter, with the columns the
 * facets and sort orders need (from the covering index products_listing_idx when there is
 * no search, no heap visit); the page is its top rows in the asked order, and the facets
 * one pass over it (GROUPING SETS): each facet ignores its own filter (choosing a brand
 * still lists the other brands) and honours every other one. An unknown category slug
 * matches nothing, facets included.
 *
 * With a search, the products containing every query word (or its prefix expansions or
 * spelling corrections) come straight from the GIN index; only when none does, the
 * products containing the most words are listed.
 */
export function listingQuery(c: ProductListCriteria): SqlStatement {
  const params = new Params();
  const terms = searchTerms(c.q);
  const searching = c.q !== undefined;
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
  const columns = `p.id, p.category_id, p.brand, p.min_price, p.created_at, p.name, p.rating_average, p.rating_count,
      ${inCat} AS in_cat, ${inBrand} AS in_brand, ${inPrice} AS in_price`;

  if (!searching) {
    ctes.push(`hits AS MATERIALIZED (
    SELECT ${columns}, 0::float8 AS score FROM products p WHERE ${where.join(' AND ')}
  )`);
  } else if (terms.length === 0) {
    ctes.push(`hits AS (SELECT ${columns}, 0::float8 AS score FROM products p WHERE FALSE)`);
  } else {
    terms.forEach((term, i) => ctes.push(wordCte(i, term, params)));
    const words = terms.map((_, i) => `w${i}`).join(', ');
    const score = `(${terms.map((_, i) => wordScore(i)).join(' + ')})::float8 AS score`;
    ctes.push(`qs AS (
    SELECT catalog_tsquery_and(a) AS every_word, catalog_tsquery_or(a) AS any_word
    FROM (${terms.map((_, i) => `SELECT a FROM w${i}`).join(' UNION ALL ')}) x
  )`);
    ctes.push(`strict AS MATERIALIZED (
    SELECT ${columns}, ${score} FROM products p, ${words}
    WHERE ${where.join(' AND ')} AND p.search_vector @@ (SELECT every_word FROM qs)
  )`);
    const coverage = terms.map((_, i) => `coalesce((p.search_vector @@ w${i}.a)::int, 0)`).join(' + ');
    ctes.push(`loose AS MATERIALIZED (
    SELECT ${columns}, ${score}, ${coverage} AS coverage FROM products p, ${words}
    WHERE NOT EXISTS (SELECT 1 FROM strict) AND ${where.join(' AND ')} AND p.search_vector @@ (SELECT any_word FROM qs)
  )`);
    const keep = 'id, category_id, brand, min_price, created_at, name, rating_average, rating_count, in_cat, in_brand, in_price, score';
    ctes.push(`hits AS MATERIALIZED (
    SELECT ${keep} FROM strict UNION ALL SELECT ${keep} FROM loose WHERE coverage = (SELECT max(coverage) FROM loose)
  )`);
  }
  ctes.push(`page AS (
    SELECT h.* FROM hits h WHERE h.in_cat AND h.in_brand AND h.in_price
    ORDER BY ${orderBy(c.sort, searching, 'h')} LIMIT ${params.add(c.perPage, '::int')} OFFSET ${params.add((c.page - 1) * c.perPage, '::int')}
  )`);
  ctes.push(`facets AS (
    SELECT GROUPING(f.category_id) AS gc, GROUPING(f.brand) AS gb, f.category_id, f.brand,
      count(*) FILTER (WHERE f.in_brand AND f.in_price)::int AS category_n,
      count(*) FILTER (WHERE f.in_cat AND f.in_price)::int AS brand_n,
      count(*) FILTER (WHERE f.in_cat AND f.in_brand AND f.in_price)::int AS total,
      min(f.min_price) FILTER (WHERE f.in_cat AND f.in_brand) AS price_min,
      max(f.min_price) FILTER (WHERE f.in_cat AND f.in_brand) AS price_max
    FROM hits f GROUP BY GROUPING SETS ((f.category_id), (f.brand), ())
  )`);

  const text = `WITH RECURSIVE ${ctes.join(',\n  ')}
SELECT
  coalesce((SELECT json_agg(${SUMMARY_JSON} ORDER BY ${orderBy(c.sort, searching, 'pg')}) FROM page pg JOIN products p ON p.id = pg.id JOIN categories c ON c.id = p.category_id), '[]'::json) AS items,
  (SELECT coalesce(max(total), 0) FROM facets WHERE gc = 1 AND gb = 1) AS total,
  coalesce((SELECT json_agg(json_build_object('slug', cf.slug, 'count', f.category_n) ORDER BY f.category_n DESC, cf.slug)
    FROM facets f JOIN categories cf ON cf.id = f.category_id WHERE f.gc = 0 AND f.category_n > 0), '[]'::json) AS categories,
  coalesce((SELECT json_agg(json_build_object('name', f.brand, 'count', f.brand_n) ORDER BY f.brand_n DESC, f.brand)
    FROM facets f WHERE f.gb = 0 AND f.gc = 1 AND f.brand_n > 0), '[]'::json) AS brands,
  (SELECT price_min FROM facets WHERE gc = 1 AND gb = 1) AS price_min,
  (SELECT price_max FROM facets WHERE gc = 1 AND gb = 1) AS price_max`;
  return { text, values: params.values };
}

/** The summaries of these visible products (wishlists, recommendations, blog posts), in no particular order; null: none asked. */
export function summariesQuery(ids: readonly string[]): SqlStatement | null {
  const uuids = ids.filter(isUuid).map((id) => id.toLowerCase());
  if (uuids.length === 0) return null;
  return {
    text: `SELECT coalesce(json_agg(${SUMMARY_JSON}), '[]'::json) AS summaries
  FROM products p JOIN categories c ON c.id = p.category_id
  WHERE p.id = ANY($1::uuid[]) AND p.archived_at IS NULL`,
    values: [uuids],
  };
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

/** What a product slug looks like (Slug value object): lower-case ASCII words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One statement for GET /products/{id-or-slug}: the product with its category, variants and
 * images; null when the key is neither an id nor a slug (no product can have it).
 */
export function productQuery(idOrSlug: string): SqlStatement | null {
  const byId = isUuid(idOrSlug);
  if (!byId && !SLUG.test(idOrSlug)) return null;
  return {
    text: `SELECT json_build_object(
    'id', p.id, 'slug', p.slug, 'name', p.name, 'brand', p.brand,
    'category', json_build_object('id', c.id, 'slug', c.slug, 'name', c.name),
    'price', json_build_object('amount', p.min_price, 'currency', rtrim(p.currency)),
    'maxPrice', json_build_object('amount', coalesce((SELECT max(v.price) FROM variants v WHERE v.product_id = p.id), p.min_price), 'currency', rtrim(p.currency)),
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
    maxPrice: p.maxPrice ?? p.price,
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
