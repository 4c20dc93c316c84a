import { Injectable } from '@nestjs/common';
import type {
  CatalogReadModel,
  CategoryView,
  ProductDetailView,
  ProductFacetsView,
  ProductListCriteria,
  ProductSummaryView,
} from '@devgear/application';
import { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SummaryRow {
  id: string;
  slug: string;
  name: string;
  brand: string;
  min_price: number;
  currency: string;
  in_stock: boolean;
  rating_average: string | number;
  rating_count: number;
  category_id: string;
  category_slug: string;
  category_name: string;
  image_url: string | null;
  image_alt: string | null;
}

/** The listing's columns of a product (`p`), its category and first image. */
const SUMMARY_SELECT = Prisma.sql`
  SELECT p.id, p.slug, p.name, p.brand, p.min_price, p.currency, p.in_stock,
         p.rating_average, p.rating_count,
         c.id AS category_id, c.slug AS category_slug, c.name AS category_name,
         img.url AS image_url, img.alt AS image_alt
  FROM products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN LATERAL (
    SELECT i.url, i.alt FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1
  ) img ON TRUE`;

/**
 * The query side of the catalog, in SQL tuned for listings: one statement for the page,
 * one for the total and all facets. Full-text search uses the weighted `search_vector`
 * (GIN) and falls back to trigram word similarity on the name (GIN, pg_trgm) so typos
 * and partial words still match. Every user value is a bound parameter.
 */
@Injectable()
export class PrismaCatalogReadModel implements CatalogReadModel {
  constructor(private readonly prisma: PrismaService) {}

  async listProducts(c: ProductListCriteria): Promise<{ items: ProductSummaryView[]; total: number; facets: ProductFacetsView }> {
    const tsq = c.q ? Prisma.sql`websearch_to_tsquery('english', ${c.q})` : null;
    const base: Prisma.Sql[] = [Prisma.sql`p.archived_at IS NULL`];
    if (c.q && tsq) base.push(Prisma.sql`(p.search_vector @@ ${tsq} OR ${c.q} <% p.name)`);
    if (c.inStock) base.push(Prisma.sql`p.in_stock`);
    const category = c.categoryIds ? Prisma.sql`p.category_id = ANY(${c.categoryIds}::uuid[])` : Prisma.sql`TRUE`;
    const brand = c.brand ? Prisma.sql`lower(p.brand) = lower(${c.brand})` : Prisma.sql`TRUE`;
    const priceParts: Prisma.Sql[] = [];
    if (c.priceMin !== undefined) priceParts.push(Prisma.sql`p.min_price >= ${c.priceMin}`);
    if (c.priceMax !== undefined) priceParts.push(Prisma.sql`p.min_price <= ${c.priceMax}`);
    const price = priceParts.length ? Prisma.join(priceParts, ' AND ') : Prisma.sql`TRUE`;
    const where = Prisma.join([...base, category, brand, price], ' AND ');

    const order = this.orderBy(c, tsq);
    const offset = (c.page - 1) * c.perPage;
    const pageQuery = this.prisma.$queryRaw<SummaryRow[]>`
      ${SUMMARY_SELECT}
      WHERE ${where}
      ORDER BY ${order}, p.id
      LIMIT ${c.perPage} OFFSET ${offset}`;

    // Each facet ignores its own filter (so choosing a brand still shows the others),
    // and honours every other one; `total` honours all of them.
    const baseWhere = Prisma.join(base, ' AND ');
    const facetsQuery = this.prisma.$queryRaw<
      { total: number; categories: { slug: string; count: number }[]; brands: { name: string; count: number }[]; price_min: number | null; price_max: number | null }[]
    >`
      WITH base AS (
        SELECT p.id, p.category_id, p.brand, p.min_price FROM products p WHERE ${baseWhere}
      )
      SELECT
        (SELECT count(*)::int FROM base p WHERE ${category} AND ${brand} AND ${price}) AS total,
        (SELECT coalesce(json_agg(json_build_object('slug', x.slug, 'count', x.n) ORDER BY x.n DESC, x.slug), '[]'::json)
           FROM (SELECT c.slug, count(*)::int AS n FROM base p JOIN categories c ON c.id = p.category_id
                 WHERE ${brand} AND ${price} GROUP BY c.slug) x) AS categories,
        (SELECT coalesce(json_agg(json_build_object('name', y.brand, 'count', y.n) ORDER BY y.n DESC, y.brand), '[]'::json)
           FROM (SELECT p.brand, count(*)::int AS n FROM base p WHERE ${category} AND ${price} GROUP BY p.brand) y) AS brands,
        (SELECT min(p.min_price) FROM base p WHERE ${category} AND ${brand}) AS price_min,
        (SELECT max(p.min_price) FROM base p WHERE ${category} AND ${brand}) AS price_max`;

    const [rows, [facets]] = await Promise.all([pageQuery, facetsQuery]);
    return {
      items: rows.map(toSummary),
      total: facets.total,
      facets: {
        categories: facets.categories,
        brands: facets.brands,
        price: { min: facets.price_min === null ? null : Number(facets.price_min), max: facets.price_max === null ? null : Number(facets.price_max) },
      },
    };
  }

  private orderBy(c: ProductListCriteria, tsq: Prisma.Sql | null): Prisma.Sql {
    switch (c.sort) {
      case 'relevance':
        return tsq
          ? Prisma.sql`(ts_rank_cd(p.search_vector, ${tsq}) + word_similarity(${c.q}, p.name)) DESC`
          : Prisma.sql`p.created_at DESC`;
      case 'price_asc':
        return Prisma.sql`p.min_price ASC`;
      case 'price_desc':
        return Prisma.sql`p.min_price DESC`;
      case 'rating_desc':
        return Prisma.sql`p.rating_average DESC, p.rating_count DESC`;
      case 'name_asc':
        return Prisma.sql`lower(p.name) ASC`;
      case 'newest':
      default:
        return Prisma.sql`p.created_at DESC`;
    }
  }

  async getProduct(idOrSlug: string): Promise<ProductDetailView | null> {
    const where = UUID.test(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug };
    const p = await this.prisma.product.findFirst({
      where: { ...where, archivedAt: null },
      include: {
        category: { select: { id: true, slug: true, name: true } },
        variants: { orderBy: [{ position: 'asc' }, { sku: 'asc' }] },
        images: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
      },
    });
    if (!p) return null;
    const images = p.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt }));
    return {
      id: p.id,
      slug: p.slug,
      name: p.name,
      brand: p.brand,
      category: p.category,
      price: { amount: p.minPrice, currency: p.currency },
      rating: { average: Number(p.ratingAverage), count: p.ratingCount },
      image: images[0] ? { url: images[0].url, alt: images[0].alt } : null,
      inStock: p.inStock,
      description: p.description,
      specifications: (p.specifications as { key: string; value: string; unit?: string | null }[]).map((s) => ({
        key: s.key,
        value: s.value,
        unit: s.unit ?? null,
      })),
      images,
      variants: p.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        name: v.name,
        options: v.options as Record<string, string>,
        price: { amount: v.price, currency: p.currency },
        available: v.available,
      })),
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }

  async getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    const uuids = ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
    if (uuids.length === 0) return [];
    const rows = await this.prisma.$queryRaw<SummaryRow[]>`${SUMMARY_SELECT} WHERE p.id = ANY(${uuids}::uuid[]) AND p.archived_at IS NULL`;
    return rows.map(toSummary);
  }

  async listCategories(): Promise<CategoryView[]> {
    const rows = await this.prisma.$queryRaw<{ id: string; slug: string; name: string; parent_id: string | null; direct: number }[]>`
      SELECT c.id, c.slug, c.name, c.parent_id,
             (SELECT count(*)::int FROM products p WHERE p.category_id = c.id AND p.archived_at IS NULL) AS direct
      FROM categories c
      ORDER BY c.position, c.name`;
    // product_count includes sub-categories, so "Peripherals" counts its keyboards too.
    const children = new Map<string | null, typeof rows>();
    for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
    const total = (id: string, seen = new Set<string>()): number => {
      if (seen.has(id)) return 0;
      seen.add(id);
      const self = rows.find((r) => r.id === id)?.direct ?? 0;
      return self + (children.get(id) ?? []).reduce((n, child) => n + total(child.id, seen), 0);
    };
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, parentId: r.parent_id, productCount: total(r.id) }));
  }
}

function toSummary(r: SummaryRow): ProductSummaryView {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    brand: r.brand,
    category: { id: r.category_id, slug: r.category_slug, name: r.category_name },
    price: { amount: Number(r.min_price), currency: r.currency.trim() },
    rating: { average: Number(r.rating_average), count: Number(r.rating_count) },
    image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? '' } : null,
    inStock: r.in_stock,
  };
}
