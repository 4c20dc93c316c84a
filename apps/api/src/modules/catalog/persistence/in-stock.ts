import type { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';

/** The one rule for `products.in_stock`, as SQL over a product row aliased `p2`: some variant can be bought now. */
const IN_STOCK = sql`EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p2.id AND v.available > 0)`;

/**
 * Keeps the listing column `products.in_stock` true to the variants after stock changed, in the
 * caller's transaction (PrismaService.query runs on its connection). The product rows are locked first (in id order), so two transactions
 * changing variants of one product recompute one after the other, each with a fresh snapshot that
 * sees the other's committed change: the flag cannot end stale. Called only when a variant's
 * stock crossed zero (the only changes that can flip it), and by the product repository after
 * every save of a product's variants.
 */
export async function refreshInStock(db: PrismaService, productIds: readonly string[]): Promise<void> {
  const ids = [...new Set(productIds)].sort();
  if (ids.length === 0) return;
  await db.query(sql`SELECT id FROM products WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`);
  await db.query(sql`
    UPDATE products p SET in_stock = s.in_stock
    FROM (
      SELECT p2.id, ${IN_STOCK} AS in_stock
      FROM products p2 WHERE p2.id = ANY(${ids}::uuid[])
    ) s
    WHERE p.id = s.id AND p.in_stock IS DISTINCT FROM s.in_stock`);
}
