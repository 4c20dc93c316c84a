import { Injectable } from '@nestjs/common';
import { Cart, CartErrorCodes, DomainError, type CartLineUnavailability, type CartSnapshot } from '@devgear/domain';
import type { CartRepository } from '@devgear/application';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { isUniqueViolation } from './prisma-support';

/**
 * Carts in `carts` + `cart_lines`, one per customer. Saves are optimistic: a new cart (version 0)
 * is inserted, and a unique violation (the customer's cart was created meanwhile) is a conflict;
 * a stored cart is written by `UPDATE ... WHERE id = $id AND version = $loaded`, which also locks
 * the row, so of two saves from the same version exactly one updates a row and the other gets
 * CART.CONCURRENT_UPDATE. The lines are replaced in the same transaction (the unit of work's, when
 * called inside one: a paid order takes its items out of the cart in the order's transaction).
 */
@Injectable()
export class PrismaCartRepository implements CartRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findByCustomerId(customerId: string): Promise<Cart | null> {
    const row = await this.prisma.db.cart.findUnique({
      where: { customerId },
      include: { lines: { orderBy: { position: 'asc' } } },
    });
    if (!row) return null;
    return Cart.restore({
      id: row.id,
      customerId: row.customerId,
      lines: row.lines.map((l) => ({
        id: l.id,
        variantId: l.variantId,
        productId: l.productId,
        name: l.name,
        sku: l.sku,
        quantity: l.quantity,
        unitPrice: { amount: l.unitPrice, currency: l.currency.trim() },
        unavailable: l.unavailable as CartLineUnavailability | null,
        addedAt: l.addedAt,
      })),
      discountCode: row.discountCode,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }

  async save(cart: Cart): Promise<void> {
    const s = cart.toSnapshot();
    const lines = lineRows(s);
    if (s.version === 0) {
      try {
        // One statement with nested writes: Prisma runs it as one transaction (or inside the unit of work's).
        await this.prisma.db.cart.create({
          data: {
            id: s.id,
            customerId: s.customerId,
            discountCode: s.discountCode,
            version: 1,
            createdAt: s.createdAt,
            updatedAt: s.updatedAt,
            lines: { createMany: { data: lines } },
          },
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw concurrentUpdate(s.customerId);
        throw err;
      }
      return;
    }
    await this.prisma.transaction(async (tx) => {
      const updated = await tx.cart.updateMany({
        where: { id: s.id, customerId: s.customerId, version: s.version },
        data: { discountCode: s.discountCode, version: s.version + 1, updatedAt: s.updatedAt },
      });
      if (updated.count === 0) throw concurrentUpdate(s.customerId);
      await tx.cartLine.deleteMany({ where: { cartId: s.id } });
      if (lines.length) await tx.cartLine.createMany({ data: lines.map((l) => ({ ...l, cartId: s.id })) });
    });
  }
}

function lineRows(s: CartSnapshot): Omit<Prisma.CartLineCreateManyInput, 'cartId'>[] {
  return s.lines.map((l, position) => ({
    id: l.id,
    position,
    variantId: l.variantId,
    productId: l.productId,
    name: l.name,
    sku: l.sku,
    quantity: l.quantity,
    unitPrice: l.unitPrice.amount,
    currency: l.unitPrice.currency,
    unavailable: l.unavailable,
    addedAt: l.addedAt,
  }));
}

function concurrentUpdate(customerId: string): DomainError {
  return new DomainError(CartErrorCodes.CONCURRENT_UPDATE, `The cart of customer ${customerId} was changed by another request`, 'conflict');
}
