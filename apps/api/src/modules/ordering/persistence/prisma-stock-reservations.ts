import { Inject, Injectable, Optional } from '@nestjs/common';
import { outOfStock } from '@devgear/domain';
import type { StockLine, StockReservations } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { CATALOG_CHANGES, type CatalogChanges } from '../../catalog/catalog.tokens';

/**
 * Stock is reserved with conditional updates (`available = available - q WHERE
 * available >= q`), all lines in one transaction, in a fixed order (by variant id) so two
 * checkouts can never deadlock. Zero rows updated means not enough stock: the whole
 * reservation rolls back and the error names every short variant. Never oversells, under
 * any concurrency, because the check and the decrement are one statement.
 */
@Injectable()
export class PrismaStockReservations implements StockReservations {
  constructor(
    private readonly prisma: PrismaService,
    @Optional() @Inject(CATALOG_CHANGES) private readonly changes?: CatalogChanges,
  ) {}

  async reserve(lines: readonly StockLine[]): Promise<void> {
    const merged = mergeLines(lines);
    await this.prisma.$transaction(async (tx) => {
      const short: string[] = [];
      for (const line of merged) {
        const updated = await tx.$executeRaw`
          UPDATE variants SET available = available - ${line.quantity}, updated_at = now()
          WHERE id = ${line.variantId}::uuid AND available >= ${line.quantity}`;
        if (updated === 0) short.push(line.variantId);
      }
      if (short.length) {
        const rows = await tx.variant.findMany({ where: { id: { in: short } }, select: { id: true, available: true } });
        const left = new Map(rows.map((r) => [r.id, r.available]));
        throw outOfStock(short.map((variantId) => ({ variantId, available: left.get(variantId) ?? 0 })));
      }
      await this.refreshProducts(tx, merged);
    });
    await this.changes?.invalidate();
  }

  async release(lines: readonly StockLine[]): Promise<void> {
    const merged = mergeLines(lines);
    await this.prisma.$transaction(async (tx) => {
      for (const line of merged) {
        await tx.$executeRaw`UPDATE variants SET available = available + ${line.quantity}, updated_at = now() WHERE id = ${line.variantId}::uuid`;
      }
      await this.refreshProducts(tx, merged);
    });
    await this.changes?.invalidate();
  }

  /** Keeps the listing column products.in_stock true to the variants, in the same transaction. */
  private async refreshProducts(tx: Parameters<Parameters<PrismaService['$transaction']>[0]>[0], lines: StockLine[]) {
    const ids = lines.map((l) => l.variantId);
    await tx.$executeRaw`
      UPDATE products p SET in_stock = EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.available > 0)
      WHERE p.id IN (SELECT product_id FROM variants WHERE id = ANY(${ids}::uuid[]))`;
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
