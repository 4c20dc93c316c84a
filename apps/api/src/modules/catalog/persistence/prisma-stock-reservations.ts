import { Inject, Injectable, Optional } from '@nestjs/common';
import { outOfStock } from '@devgear/domain';
import type { StockLine, StockReservations } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';
import { CATALOG_CHANGES, type CatalogChanges } from '../catalog.tokens';
import { refreshInStock } from './in-stock';

/**
 * Stock held for orders as rows of `stock_reservations`, written in the caller's unit of work
 * (the inventory's port for ordering: the catalog owns variants, products and reservations).
 *
 * reserveForOrder() is ONE statement: it locks the variants in id order (so two checkouts never
 * deadlock), takes the units where `available >= quantity` (the check and the decrement are one
 * conditional update, so it never oversells under any concurrency), writes the order's
 * reservation rows. Fewer rows taken than asked means a shortage: it throws OUT_OF_STOCK naming
 * every short variant and the unit of work rolls the whole checkout back.
 *
 * releaseForOrder() is ONE statement too: it marks the order's unreleased reservations released
 * and puts exactly those units back, so a second (or racing) call releases nothing.
 *
 * Either refreshes `products.in_stock` (refreshInStock) only when a variant crossed zero.
 */
@Injectable()
export class PrismaStockReservations implements StockReservations {
  constructor(
    private readonly prisma: PrismaService,
    @Optional() @Inject(CATALOG_CHANGES) private readonly changes?: CatalogChanges,
  ) {}

  async reserveForOrder(orderId: string, lines: readonly StockLine[]): Promise<void> {
    const merged = mergeLines(lines);
    const variantIds = merged.map((l) => l.variantId);
    const quantities = merged.map((l) => l.quantity);
    const taken = await this.prisma.query<{ variant_id: string; product_id: string; available: number }>(sql`
      WITH wanted AS (
        SELECT * FROM unnest(${variantIds}::uuid[], ${quantities}::int[]) AS w(variant_id, quantity)
      ), locked AS (
        SELECT v.id FROM variants v JOIN wanted w ON w.variant_id = v.id ORDER BY v.id FOR UPDATE OF v
      ), taken AS (
        UPDATE variants v SET available = v.available - w.quantity, updated_at = now()
        FROM wanted w, locked l
        WHERE v.id = w.variant_id AND l.id = v.id AND v.available >= w.quantity
        RETURNING v.id, v.product_id, w.quantity, v.available
      ), held AS (
        INSERT INTO stock_reservations (order_id, variant_id, quantity, created_at)
        SELECT ${orderId}::uuid, id, quantity, now() FROM taken
      )
      SELECT id AS variant_id, product_id, available FROM taken`);
    if (taken.length < merged.length) {
      const got = new Set(taken.map((r) => r.variant_id));
      const short = variantIds.filter((id) => !got.has(id));
      const rows = await this.prisma.query<{ id: string; available: number }>(sql`SELECT id, available FROM variants WHERE id = ANY(${short}::uuid[])`);
      const left = new Map(rows.map((r) => [r.id, r.available]));
      throw outOfStock(short.map((variantId) => ({ variantId, available: left.get(variantId) ?? 0 })));
    }
    // A variant sold out: its product may have to leave the in-stock listing.
    await refreshInStock(this.prisma, taken.filter((r) => r.available === 0).map((r) => r.product_id));
    this.stockChangedAfterCommit();
  }

  async releaseForOrder(orderId: string): Promise<StockLine[]> {
    const released = await this.prisma.query<{ variant_id: string; product_id: string; quantity: number; available: number }>(sql`
      WITH released AS (
        UPDATE stock_reservations SET released_at = now()
        WHERE order_id = ${orderId}::uuid AND released_at IS NULL
        RETURNING variant_id, quantity
      )
      UPDATE variants v SET available = v.available + r.quantity, updated_at = now()
      FROM released r WHERE v.id = r.variant_id
      RETURNING v.id AS variant_id, v.product_id, r.quantity, v.available`);
    if (released.length === 0) return [];
    // A variant back from zero: its product may come back to the in-stock listing.
    await refreshInStock(this.prisma, released.filter((r) => r.available === r.quantity).map((r) => r.product_id));
    this.stockChangedAfterCommit();
    return released.map((r) => ({ variantId: r.variant_id, quantity: r.quantity }));
  }

  /**
   * Once the transaction commits, this instance's catalog reads the stock change at once (its next
   * answer shows it); the other instances follow the change log that the database's trigger wrote
   * in the same transaction. No cached page is dropped: stock is a live field.
   */
  private stockChangedAfterCommit(): void {
    const changes = this.changes;
    if (changes) this.prisma.afterCommit(() => changes.liveFieldsChanged());
  }
}

/** One line per variant (quantities summed), sorted by id: the lock order. */
function mergeLines(lines: readonly StockLine[]): StockLine[] {
  const totals = new Map<string, number>();
  for (const l of lines) {
    if (!Number.isSafeInteger(l.quantity) || l.quantity <= 0) throw new RangeError(`invalid quantity ${l.quantity} for ${l.variantId}`);
    totals.set(l.variantId, (totals.get(l.variantId) ?? 0) + l.quantity);
  }
  return [...totals.entries()].map(([variantId, quantity]) => ({ variantId, quantity })).sort((a, b) => a.variantId.localeCompare(b.variantId));
}
