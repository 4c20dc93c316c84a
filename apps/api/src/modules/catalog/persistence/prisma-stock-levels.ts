import { Inject, Injectable, Optional } from '@nestjs/common';
import type { SetStockCommand, StockLevels, StockMovement } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { CATALOG_CHANGES, type CatalogChanges } from '../catalog.tokens';
import { refreshInStock } from './in-stock';

interface MovementRow {
  id: string;
  productId: string;
  variantId: string;
  sku: string;
  previous: number;
  available: number;
  delta: number;
  reason: string;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: Date;
}
const toMovement = (r: MovementRow): StockMovement => ({
  id: r.id,
  productId: r.productId,
  variantId: r.variantId,
  sku: r.sku,
  previous: r.previous,
  available: r.available,
  delta: r.delta,
  reason: r.reason,
  author: r.authorId ? { id: r.authorId, email: r.authorEmail } : null,
  at: r.createdAt,
});

/**
 * Admin stock levels: the variant row is locked (FOR UPDATE, the same lock a checkout's
 * reservation takes), the new level written, the product's in_stock flag refreshed and the
 * movement recorded, all in one transaction.
 */
@Injectable()
export class PrismaStockLevels implements StockLevels {
  constructor(
    private readonly prisma: PrismaService,
    @Optional() @Inject(CATALOG_CHANGES) private readonly changes?: CatalogChanges,
  ) {}

  async set(c: SetStockCommand): Promise<StockMovement | null> {
    const movement = await this.prisma.transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ available: number; sku: string }[]>`
        SELECT available, sku FROM variants WHERE id = ${c.variantId}::uuid AND product_id = ${c.productId}::uuid FOR UPDATE`;
      if (!current) return null;
      await tx.$executeRaw`UPDATE variants SET available = ${c.available}, updated_at = ${c.at} WHERE id = ${c.variantId}::uuid`;
      if ((current.available > 0) !== (c.available > 0)) await refreshInStock(this.prisma, [c.productId]);
      const row = await tx.stockMovement.create({
        data: {
          id: c.movementId,
          productId: c.productId,
          variantId: c.variantId,
          sku: current.sku,
          previous: current.available,
          available: c.available,
          delta: c.available - current.available,
          reason: c.reason,
          authorId: c.author.id,
          authorEmail: c.author.email,
          createdAt: c.at,
        },
      });
      return toMovement(row);
    });
    // Nothing cached is dropped: the change is in the catalog change log (database trigger),
    // which every instance follows to overlay fresh stock on cached pages.
    if (movement) await this.changes?.liveFieldsChanged();
    return movement;
  }

  async movements(productId: string, page: { page: number; perPage: number }) {
    const where = { productId };
    const [rows, total] = await Promise.all([
      this.prisma.stockMovement.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (page.page - 1) * page.perPage, take: page.perPage }),
      this.prisma.stockMovement.count({ where }),
    ]);
    return { items: rows.map(toMovement), total };
  }
}
