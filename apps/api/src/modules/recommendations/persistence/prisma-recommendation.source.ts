import { Injectable } from '@nestjs/common';
import type { RecommendationSource } from '@devgear/application';
import { BOUGHT_ORDER_STATUSES } from '@devgear/domain';
import { sql, type Sql } from '../../../platform/database/sql';
import { PrismaService } from '../../../platform/database/prisma.service';

/** Orders that count as bought (paid and beyond), as an SQL condition on `o`. */
const BOUGHT = sql`o.status::text = ANY(${[...BOUGHT_ORDER_STATUSES]}::text[])`;
/** A product that can be recommended: visible and buyable now. */
const BUYABLE = sql`p.archived_at IS NULL AND p.in_stock`;
const BEST_RATED = sql`p.rating_average DESC, p.rating_count DESC, p.created_at DESC, p.id`;

/**
 * The recommendation aggregates in SQL. They read the ordering tables with their own queries
 * (the ordering context owns them; nothing here writes them) and are run only when a list is
 * refreshed from an order event or computed for the first time, never per request.
 */
@Injectable()
export class PrismaRecommendationSource implements RecommendationSource {
  constructor(private readonly prisma: PrismaService) {}

  async fromBoughtCategories(customerId: string, limit: number): Promise<string[]> {
    return this.ids(sql`
      WITH bought AS (
        SELECT l.product_id, sum(l.quantity) AS units
        FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.customer_id = ${customerId}::uuid AND ${BOUGHT}
        GROUP BY l.product_id
      ), top_categories AS (
        SELECT p.category_id FROM bought b JOIN products p ON p.id = b.product_id
        GROUP BY p.category_id ORDER BY sum(b.units) DESC, p.category_id LIMIT 3
      )
      SELECT p.id FROM products p
      WHERE ${BUYABLE} AND p.category_id IN (SELECT category_id FROM top_categories)
        AND p.id NOT IN (SELECT product_id FROM bought)
      ORDER BY ${BEST_RATED}
      LIMIT ${limit}`);
  }

  async boughtBy(customerId: string): Promise<string[]> {
    return this.ids(sql`
      SELECT DISTINCT l.product_id AS id FROM orders o JOIN order_lines l ON l.order_id = o.id
      WHERE o.customer_id = ${customerId}::uuid AND ${BOUGHT}`);
  }

  async bestSellers(since: Date, limit: number): Promise<string[]> {
    return this.ids(sql`
      SELECT p.id FROM (
        SELECT l.product_id, sum(l.quantity) AS units
        FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE ${BOUGHT} AND o.placed_at >= ${since}
        GROUP BY l.product_id
      ) s JOIN products p ON p.id = s.product_id
      WHERE ${BUYABLE}
      ORDER BY s.units DESC, p.id
      LIMIT ${limit}`);
  }

  async bestRated(limit: number): Promise<string[]> {
    return this.ids(sql`SELECT p.id FROM products p WHERE ${BUYABLE} ORDER BY ${BEST_RATED} LIMIT ${limit}`);
  }

  async boughtTogetherWith(productId: string, limit: number): Promise<string[]> {
    return this.ids(sql`
      SELECT p.id FROM (
        SELECT other.product_id, count(DISTINCT o.id) AS orders, sum(other.quantity) AS units
        FROM order_lines mine
        JOIN orders o ON o.id = mine.order_id
        JOIN order_lines other ON other.order_id = o.id AND other.product_id <> mine.product_id
        WHERE mine.product_id = ${productId}::uuid AND ${BOUGHT}
        GROUP BY other.product_id
      ) t JOIN products p ON p.id = t.product_id
      WHERE ${BUYABLE}
      ORDER BY t.orders DESC, t.units DESC, p.id
      LIMIT ${limit}`);
  }

  async sameCategoryAs(productId: string, limit: number): Promise<string[]> {
    return this.ids(sql`
      SELECT p.id FROM products p
      WHERE ${BUYABLE} AND p.id <> ${productId}::uuid
        AND p.category_id = (SELECT category_id FROM products WHERE id = ${productId}::uuid)
      ORDER BY ${BEST_RATED}
      LIMIT ${limit}`);
  }

  async orderFacts(orderId: string): Promise<{ customerId: string; productIds: string[] } | null> {
    const [row] = await this.prisma.query<{ customer_id: string; product_ids: string[] | null }>(sql`
      SELECT o.customer_id, array_agg(DISTINCT l.product_id) FILTER (WHERE l.product_id IS NOT NULL) AS product_ids
      FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
      WHERE o.id = ${orderId}::uuid
      GROUP BY o.customer_id`);
    return row ? { customerId: row.customer_id, productIds: row.product_ids ?? [] } : null;
  }

  private async ids(query: Sql): Promise<string[]> {
    return (await this.prisma.query<{ id: string }>(query)).map((r) => r.id);
  }
}
