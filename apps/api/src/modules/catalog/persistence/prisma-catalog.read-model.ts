import { Injectable } from '@nestjs/common';
import type {
  CatalogReadModel,
  CategoryView,
  ProductDetailView,
  ProductFacetsView,
  ProductListCriteria,
  ProductSummaryView,
} from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { listingQuery, listingResult, productQuery, productResult, summariesQuery, type ListingRow, type ProductRow } from './catalog-queries';

/**
 * The query side of the catalog: one SQL statement per listing (page, total and every
 * facet, see catalog-queries.ts) and one per product page, each a single round trip, run
 * on Prisma's own connection pool but straight through node-postgres: the one-row JSON
 * results need no mapping, and Prisma's would cost more CPU than the rest of the request.
 * Every user value is a bound parameter.
 */
@Injectable()
export class PrismaCatalogReadModel implements CatalogReadModel {
  constructor(private readonly prisma: PrismaService) {}

  async listProducts(c: ProductListCriteria): Promise<{ items: ProductSummaryView[]; total: number; facets: ProductFacetsView }> {
    const { text, values } = listingQuery(c);
    const { rows } = await this.prisma.pool.query<ListingRow>(text, values);
    return listingResult(rows[0]);
  }

  async getProduct(idOrSlug: string): Promise<ProductDetailView | null> {
    const query = productQuery(idOrSlug);
    if (!query) return null;
    const { rows } = await this.prisma.pool.query<ProductRow>(query.text, query.values);
    return productResult(rows[0]);
  }

  async getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    const query = summariesQuery(ids);
    if (!query) return [];
    const { rows } = await this.prisma.pool.query<{ summaries: ProductSummaryView[] }>(query.text, query.values);
    return rows[0].summaries;
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
