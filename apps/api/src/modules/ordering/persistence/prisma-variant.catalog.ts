import { Injectable } from '@nestjs/common';
import { Money } from '@devgear/domain';
import type { PurchasableVariant, VariantCatalog } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { isUuid } from './prisma-support';

/**
 * The catalog as carts and checkout see it: current price, stock and whether the product was
 * archived, read straight from `variants` and `products` (never from a cache: checkout must not
 * sell at a stale price). Removed variants have no row and are left out.
 */
@Injectable()
export class PrismaVariantCatalog implements VariantCatalog {
  constructor(private readonly prisma: PrismaService) {}

  async findVariants(variantIds: readonly string[]): Promise<PurchasableVariant[]> {
    const ids = [...new Set(variantIds.filter(isUuid))];
    if (ids.length === 0) return [];
    const rows = await this.prisma.db.variant.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        sku: true,
        price: true,
        available: true,
        product: { select: { id: true, name: true, currency: true, archivedAt: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const v = byId.get(id);
      if (!v) return [];
      return [
        {
          variantId: v.id,
          productId: v.product.id,
          productName: v.product.name,
          variantName: v.name,
          sku: v.sku,
          price: Money.of(v.price, v.product.currency.trim()),
          available: v.available,
          productArchived: v.product.archivedAt !== null,
        },
      ];
    });
  }
}
