import { Injectable } from '@nestjs/common';
import type { WishlistEntry, WishlistRepository } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

@Injectable()
export class PrismaWishlistRepository implements WishlistRepository {
  constructor(private readonly prisma: PrismaService) {}

  async add(customerId: string, productId: string, at: Date, guard: (count: number, alreadyOnIt: boolean) => void): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      // One customer's adds queue up here, so the count the guard sees stays true until the insert.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`wishlist:${customerId}`}, 0))`;
      const [row] = await tx.$queryRaw<{ count: number; mine: boolean }[]>`
        SELECT count(*)::int AS count, bool_or(product_id = ${productId}::uuid) AS mine
        FROM wishlist_items WHERE customer_id = ${customerId}::uuid`;
      guard(row.count, row.mine === true);
      if (row.mine) return false;
      await tx.wishlistItem.create({ data: { customerId, productId, addedAt: at } });
      return true;
    });
  }

  async remove(customerId: string, productId: string): Promise<boolean> {
    const { count } = await this.prisma.wishlistItem.deleteMany({ where: { customerId, productId } });
    return count > 0;
  }

  async list(customerId: string, page: { page: number; perPage: number }): Promise<{ items: WishlistEntry[]; total: number }> {
    const where = { customerId, product: { archivedAt: null } };
    const [rows, total] = await Promise.all([
      this.prisma.wishlistItem.findMany({ where, orderBy: [{ addedAt: 'desc' }, { productId: 'asc' }], skip: (page.page - 1) * page.perPage, take: page.perPage, select: { productId: true, addedAt: true } }),
      this.prisma.wishlistItem.count({ where }),
    ]);
    return { items: rows, total };
  }
}
