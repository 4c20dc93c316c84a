import { Injectable } from '@nestjs/common';
import { Money } from '@devgear/domain';
import type { PurchasableVariant, VariantCatalog } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';
import { isUuid } from '../../../platform/system/system-services';

interface VariantRow {
  id: string;
  name: string;
  sku: string;
  price: number;
  available: number;
  product_id: string;
  product_name: string;
  currency: string;
  archived: boolean;
}

/**
 * The catalog as carts and checkout see it: current price, stock and whether the product was
 * archived, read straight from `variants` and `products` in one statement (never from a cache:
 * checkout must not sell at a stale price). Removed variants have no row and are left out.
 */
@Injectable()
export class PrismaVariantCatalog implements VariantCatalog {
  constructor(private readonly prisma: PrismaService) {}

  async findVariants(variantIds: readonly string[]): Promise<PurchasableVariant[]> {
    const ids = [...new Set(variantIds.filter(isUuid))];
    if (ids.length === 0) return [];
    const rows = await this.prisma.query<VariantRow>(sql`
      SELECT v.id, v.name, v.sku, v.price, v.available, p.id AS product_id, p.name AS product_name, p.currency, p.archived_at IS NOT NULL AS archived
      FROM variants v JOIN products p ON p.id = v.product_id
      WHERE v.id = ANY(${ids}::uuid[])`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const v = byId.get(id);
      if (!v) return [];
      return [
        {
          variantId: v.id,
          productId: v.product_id,
          productName: v.product_name,
          variantName: v.name,
          sku: v.sku,
          price: Money.of(v.price, v.currency.trim()),
          available: v.available,
          productArchived: v.archived,
        },
      ];
    });
  }
}
