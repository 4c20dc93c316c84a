import { Injectable } from '@nestjs/common';
import { Cart, CartErrorCodes, DomainError, type CartLineUnavailability, type CartSnapshot } from '@devgear/domain';
import type { CartRepository } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { emptySql, sql, type Sql } from '../../../platform/database/sql';
import { isUniqueViolation } from '../../../platform/database/unique-violation';

/**
 * Carts in `carts` + `cart_lines`, one per customer or guest: the cart's `customerId` is its
 * owner's id, a user's (customer_id) or a guest cart token's (guest_id, see
 * PrismaGuestCartStore); a new cart is a guest's when guest_carts holds the id, else the customer's. Saves are optimistic: a new cart (version 0)
 * is inserted, and a unique violation (the customer's cart was created meanwhile) is a conflict;
 * a stored cart is written by `UPDATE ... WHERE id = $id AND version = $loaded`, which also locks
 * the row, so of two saves from the same version exactly one updates a row and the other gets
 * CART.CONCURRENT_UPDATE. The lines are replaced in the same statement (inside the unit of work's
 * transaction when called in one: a paid order takes its items out of the cart in its transaction).
 */
@Injectable()
export class PrismaCartRepository implements CartRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One statement: the cart with its lines. */
  async findByCustomerId(customerId: string): Promise<Cart | null> {
    const [row] = await this.prisma.query<CartRow>(sql`
      SELECT c.id, COALESCE(c.customer_id, c.guest_id) AS "customerId", c.discount_code AS "discountCode", c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
        (SELECT json_agg(json_build_object('id', l.id, 'variantId', l.variant_id, 'productId', l.product_id, 'name', l.name, 'sku', l.sku,
            'quantity', l.quantity, 'unitPrice', l.unit_price, 'currency', l.currency, 'unavailable', l.unavailable, 'addedAt', l.added_at) ORDER BY l.position)
         FROM cart_lines l WHERE l.cart_id = c.id) AS lines
      FROM carts c WHERE c.customer_id = ${customerId}::uuid OR c.guest_id = ${customerId}::uuid`);
    if (!row) return null;
    return Cart.restore({
      id: row.id,
      customerId: row.customerId,
      lines: (row.lines ?? []).map((l) => ({
        id: l.id,
        variantId: l.variantId,
        productId: l.productId,
        name: l.name,
        sku: l.sku,
        quantity: l.quantity,
        unitPrice: { amount: l.unitPrice, currency: l.currency.trim() },
        unavailable: l.unavailable as CartLineUnavailability | null,
        addedAt: new Date(l.addedAt),
      })),
      discountCode: row.discountCode,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }

  /**
   * One statement either way. A new cart: the cart row and its lines (a unique violation on the
   * customer means their cart was created meanwhile: a conflict). A stored cart: the row
   * `WHERE version = $loaded` and, only if that matched, its lines replaced (lines gone deleted,
   * the others upserted by variant).
   */
  async save(cart: Cart): Promise<void> {
    const s = cart.toSnapshot();
    const lines = JSON.stringify(lineRows(s).map((l) => ({ ...l, added_at: (l.addedAt as Date).toISOString() })));
    if (s.version === 0) {
      try {
        await this.prisma.query(sql`
          WITH c AS (
            INSERT INTO carts (id, customer_id, guest_id, discount_code, version, created_at, updated_at)
            SELECT ${s.id}::uuid, CASE WHEN g.id IS NULL THEN ${s.customerId}::uuid END, g.id, ${s.discountCode}, 1, ${s.createdAt}, ${s.updatedAt}
            FROM (SELECT (SELECT id FROM guest_carts WHERE id = ${s.customerId}::uuid) AS id) g
          )
          ${insertLines(s.id, lines)}`);
      } catch (err) {
        if (isUniqueViolation(err)) throw concurrentUpdate(s.customerId);
        throw err;
      }
      return;
    }
    const [{ updated }] = await this.prisma.query<{ updated: number }>(sql`
      WITH c AS (
        UPDATE carts SET discount_code = ${s.discountCode}, version = ${s.version + 1}, updated_at = ${s.updatedAt}
        WHERE id = ${s.id}::uuid AND COALESCE(customer_id, guest_id) = ${s.customerId}::uuid AND version = ${s.version}
        RETURNING id
      ), gone AS (
        DELETE FROM cart_lines WHERE cart_id = (SELECT id FROM c)
          AND variant_id <> ALL (${s.lines.map((l) => l.variantId)}::uuid[])
      ), kept AS (
        ${insertLines(s.id, lines, true)}
        ON CONFLICT (cart_id, variant_id) DO UPDATE SET id = EXCLUDED.id, position = EXCLUDED.position, product_id = EXCLUDED.product_id,
          name = EXCLUDED.name, sku = EXCLUDED.sku, quantity = EXCLUDED.quantity, unit_price = EXCLUDED.unit_price,
          currency = EXCLUDED.currency, unavailable = EXCLUDED.unavailable, added_at = EXCLUDED.added_at
      )
      SELECT count(*)::int AS updated FROM c`);
    if (updated === 0) throw concurrentUpdate(s.customerId);
  }
}

interface CartRow {
  id: string;
  customerId: string;
  discountCode: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lines: Array<{ id: string; variantId: string; productId: string; name: string; sku: string; quantity: number; unitPrice: number; currency: string; unavailable: string | null; addedAt: string }> | null;
}

/** The INSERT of the lines (JSON), after the CTE `c` when `guarded` (only if the cart row was written). */
function insertLines(cartId: string, lines: string, guarded = false): Sql {
  return sql`
    INSERT INTO cart_lines (id, cart_id, position, variant_id, product_id, name, sku, quantity, unit_price, currency, unavailable, added_at)
    SELECT x.id, ${cartId}::uuid, x.position, x.variant_id, x.product_id, x.name, x.sku, x.quantity, x.unit_price, x.currency, x.unavailable, x.added_at
    FROM jsonb_to_recordset(${lines}::jsonb) AS x(id uuid, position int, variant_id uuid, product_id uuid, name text, sku text, quantity int,
      unit_price int, currency text, unavailable text, added_at timestamptz)
    ${guarded ? sql`WHERE EXISTS (SELECT 1 FROM c)` : emptySql}`;
}

function lineRows(s: CartSnapshot) {
  return s.lines.map((l, position) => ({
    id: l.id,
    position,
    variant_id: l.variantId,
    product_id: l.productId,
    name: l.name,
    sku: l.sku,
    quantity: l.quantity,
    unit_price: l.unitPrice.amount,
    currency: l.unitPrice.currency,
    unavailable: l.unavailable,
    addedAt: l.addedAt,
  }));
}

function concurrentUpdate(customerId: string): DomainError {
  return new DomainError(CartErrorCodes.CONCURRENT_UPDATE, `The cart of customer ${customerId} was changed by another request`, 'conflict');
}
