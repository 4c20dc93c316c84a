import { Injectable } from '@nestjs/common';
import {
  DomainError,
  Order,
  OrderingErrorCodes,
  type DomainEvent,
  type OrderEndReason,
  type OrderSnapshot,
} from '@devgear/domain';
import type { OrderListPage, OrderListQuery, OrderRepository } from '@devgear/application';
import { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { emptySql, sql, type Sql } from '../../../platform/database/sql';
import { outboxRows } from '../../../platform/outbox/outbox-writer';
import { isUniqueViolation } from '../../../platform/database/unique-violation';
import { isUuid } from '../../../platform/system/system-services';
import type { Tx } from '../../../platform/database/prisma.service';

const WITH_CHILDREN = {
  lines: { orderBy: { position: 'asc' } },
  statusHistory: { orderBy: { position: 'asc' } },
} as const satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof WITH_CHILDREN }>;
/** OrderRow as one raw statement returns it: the children as JSON (timestamps as text). */
type RawOrderRow = Omit<OrderRow, 'lines' | 'statusHistory'> & {
  lines: OrderRow['lines'] | null;
  statusHistory: { status: OrderRow['status']; at: string }[] | null;
};

/**
 * Orders in `orders`, `order_lines` (price snapshots, written once at placement) and
 * `order_status_history` (append-only). save() is optimistic and transactional: a new order
 * (version 0) is inserted with its lines; a stored one is updated only `WHERE version = $loaded`
 * (the row lock makes the loser of a race see zero rows: ORDER.CONCURRENT_UPDATE). The events
 * pulled from the order go to the `outbox` in the same transaction, so they are written exactly
 * when the state change is. Inside a unit of work every read and write joins its transaction. A
 * taken number is ORDER.DUPLICATE_NUMBER.
 */
@Injectable()
export class PrismaOrderRepository implements OrderRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One statement: the order with its lines and history (the hot path of every state change). */
  async findById(id: string): Promise<Order | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.prisma.query<RawOrderRow>(sql`
      SELECT o.id, o.number, o.customer_id AS "customerId", o.customer_email AS "customerEmail", o.status::text AS status,
        o.currency, o.subtotal, o.discount_total AS "discountTotal", o.shipping_total AS "shippingTotal", o.tax_total AS "taxTotal", o.total,
        o.discount_id AS "discountId", o.discount_code AS "discountCode", o.ship_name AS "shipName", o.ship_line1 AS "shipLine1",
        o.ship_line2 AS "shipLine2", o.ship_city AS "shipCity", o.ship_state AS "shipState", o.ship_postal_code AS "shipPostalCode",
        o.ship_country AS "shipCountry", o.ship_phone AS "shipPhone", o.payment_provider AS "paymentProvider", o.payment_method AS "paymentMethod",
        o.payment_status::text AS "paymentStatus", o.payment_ref AS "paymentRef", o.refund_ref AS "refundRef",
        o.cancellation_reason AS "cancellationReason", o.carrier, o.tracking_number AS "trackingNumber", o.paid_at AS "paidAt",
        o.version, o.placed_at AS "placedAt", o.updated_at AS "updatedAt",
        (SELECT json_agg(json_build_object('variantId', l.variant_id, 'productId', l.product_id, 'name', l.name, 'sku', l.sku,
            'quantity', l.quantity, 'unitPrice', l.unit_price, 'lineTotal', l.line_total) ORDER BY l.position)
         FROM order_lines l WHERE l.order_id = o.id) AS lines,
        (SELECT json_agg(json_build_object('status', h.status, 'at', h.at) ORDER BY h.position)
         FROM order_status_history h WHERE h.order_id = o.id) AS "statusHistory"
      FROM orders o WHERE o.id = ${id}::uuid`);
    if (!row) return null;
    return toOrder({ ...row, lines: row.lines ?? [], statusHistory: (row.statusHistory ?? []).map((h) => ({ status: h.status, at: new Date(h.at) })) } as unknown as OrderRow);
  }

  async findByNumber(number: string): Promise<Order | null> {
    const wanted = typeof number === 'string' ? number.trim().toUpperCase() : '';
    if (!wanted) return null;
    const row = await this.prisma.order.findUnique({ where: { number: wanted }, include: WITH_CHILDREN });
    return row ? toOrder(row) : null;
  }

  async list(query: OrderListQuery): Promise<OrderListPage> {
    if (query.customerId !== undefined && !isUuid(query.customerId)) return { items: [], total: 0 };
    const where: Prisma.OrderWhereInput = {};
    if (query.customerId) where.customerId = query.customerId;
    // A payment_failed checkout attempt is not an order: listed only when asked for (CONTRACT.md).
    where.status = query.status ?? { not: 'payment_failed' };
    const q = query.q?.trim();
    if (q) {
      where.OR = [
        { number: { contains: q, mode: 'insensitive' } },
        { customerEmail: { contains: q, mode: 'insensitive' } },
      ];
    }
    const [rows, total] = await Promise.all([
      this.prisma.order.findMany({
        where,
        include: WITH_CHILDREN,
        orderBy: [{ placedAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.perPage,
        take: query.perPage,
      }),
      this.prisma.order.count({ where }),
    ]);
    return { items: rows.map(toOrder), total };
  }

  async findPendingPlacedBefore(cutoff: Date, limit: number): Promise<Order[]> {
    const rows = await this.prisma.order.findMany({
      where: { status: 'pending', placedAt: { lt: cutoff } },
      include: WITH_CHILDREN,
      orderBy: [{ placedAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    return rows.map(toOrder);
  }

  /**
   * Writes the order and, in the same transaction, its pending events to the outbox. The events
   * are pulled from the aggregate first: a failed save leaves the instance stale anyway (callers
   * load again, or place a new order with another number, which records its own events).
   */
  async save(order: Order): Promise<void> {
    const s = order.toSnapshot();
    const events = order.pullEvents();
    try {
      if (s.version === 0) await insertOrder(this.prisma, s, events);
      else await updateOrder(this.prisma, s, events);
    } catch (err) {
      if (isUniqueViolation(err, 'number')) {
        throw new DomainError(OrderingErrorCodes.DUPLICATE_NUMBER, `Order number ${s.number} is taken`, 'conflict');
      }
      if (isUniqueViolation(err)) throw concurrentUpdate(`Order ${s.id} already exists`);
      throw err;
    }
    order.markSaved();
  }
}

/**
 * ONE statement: the order row, its lines, its first history entry and its events (the outbox).
 * Foreign keys are checked at the end of the statement, when the order row exists.
 */
async function insertOrder(db: PrismaService, s: OrderSnapshot, events: readonly DomainEvent[]): Promise<void> {
  const m = mutableColumns(s);
  const t = totalColumns(s);
  const lines = s.lines.map((l, position) => ({
    position,
    variant_id: l.variantId,
    product_id: l.productId,
    name: l.name,
    sku: l.sku,
    quantity: l.quantity,
    unit_price: l.unitPrice.amount,
    line_total: l.lineTotal.amount,
  }));
  await db.query(sql`
    WITH o AS (
      INSERT INTO orders (id, number, customer_id, customer_email, placed_at, version, status, payment_provider, payment_method, payment_status,
        payment_ref, refund_ref, cancellation_reason, carrier, tracking_number, paid_at, updated_at, currency, subtotal, discount_total,
        shipping_total, tax_total, total, discount_id, discount_code, ship_name, ship_line1, ship_line2, ship_city, ship_state,
        ship_postal_code, ship_country, ship_phone)
      VALUES (${s.id}::uuid, ${s.number}, ${s.customerId}::uuid, ${s.customerEmail}, ${s.createdAt}, 1, ${m.status}::"OrderStatus",
        ${m.paymentProvider}, ${m.paymentMethod}, ${m.paymentStatus}::"PaymentStatus", ${m.paymentRef}, ${m.refundRef},
        ${m.cancellationReason}, ${m.carrier}, ${m.trackingNumber}, ${m.paidAt}, ${m.updatedAt}, ${t.currency}, ${t.subtotal},
        ${t.discountTotal}, ${t.shippingTotal}, ${t.taxTotal}, ${t.total}, ${t.discountId}::uuid, ${t.discountCode}, ${t.shipName},
        ${t.shipLine1}, ${t.shipLine2}, ${t.shipCity}, ${t.shipState}, ${t.shipPostalCode}, ${t.shipCountry}, ${t.shipPhone})
    ), l AS (
      INSERT INTO order_lines (order_id, position, variant_id, product_id, name, sku, quantity, unit_price, line_total)
      SELECT ${s.id}::uuid, x.position, x.variant_id, x.product_id, x.name, x.sku, x.quantity, x.unit_price, x.line_total
      FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
        AS x(position int, variant_id uuid, product_id uuid, name text, sku text, quantity int, unit_price int, line_total int)
    ), h AS (${historyInsert(s)}), e AS (${outboxInsert(events)})
    SELECT 1`);
}

/**
 * ONE statement: the order's mutable columns `WHERE version = $loaded` (the row lock makes the
 * loser of a race see zero rows), and, only if that row was updated, the history entries not
 * stored yet and the events.
 */
async function updateOrder(db: PrismaService, s: OrderSnapshot, events: readonly DomainEvent[]): Promise<void> {
  const m = mutableColumns(s);
  const [{ updated }] = await db.query<{ updated: number }>(sql`
    WITH o AS (
      UPDATE orders SET status = ${m.status}::"OrderStatus", payment_provider = ${m.paymentProvider}, payment_method = ${m.paymentMethod},
        payment_status = ${m.paymentStatus}::"PaymentStatus", payment_ref = ${m.paymentRef}, refund_ref = ${m.refundRef},
        cancellation_reason = ${m.cancellationReason}, carrier = ${m.carrier}, tracking_number = ${m.trackingNumber},
        paid_at = ${m.paidAt}, updated_at = ${m.updatedAt}, version = ${s.version + 1}
      WHERE id = ${s.id}::uuid AND version = ${s.version}
      RETURNING id
    ), h AS (${historyInsert(s, true)}), e AS (${outboxInsert(events, true)})
    SELECT count(*)::int AS updated FROM o`);
  if (updated === 0) throw concurrentUpdate(`Order ${s.number} was changed by another request`);
}

/** The history entries (positions are their indexes; stored ones are skipped), only after `o` when `guarded`. */
function historyInsert(s: OrderSnapshot, guarded = false): Sql {
  const entries = s.statusHistory.map((h, position) => ({ position, status: h.status, at: h.at.toISOString() }));
  return sql`
    INSERT INTO order_status_history (order_id, position, status, at)
    SELECT ${s.id}::uuid, x.position, x.status::"OrderStatus", x.at
    FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS x(position int, status text, at timestamptz)
    ${guarded ? sql`WHERE EXISTS (SELECT 1 FROM o)` : emptySql}
    ON CONFLICT DO NOTHING`;
}

/** The events as outbox rows (outbox-writer's columns), only after `o` when `guarded`. */
function outboxInsert(events: readonly DomainEvent[], guarded = false): Sql {
  const rows = outboxRows(events).map((r) => ({ ...r, occurred_at: r.occurred_at.toISOString() }));
  return sql`
    INSERT INTO outbox (id, aggregate_id, name, payload, occurred_at)
    SELECT x.id, x.aggregate_id, x.name, x.payload, x.occurred_at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, aggregate_id text, name text, payload jsonb, occurred_at timestamptz)
    ${guarded ? sql`WHERE EXISTS (SELECT 1 FROM o)` : emptySql}`;
}

/** Everything of an order that may change after placement. */
function mutableColumns(s: OrderSnapshot) {
  return {
    status: s.status,
    paymentProvider: s.payment.provider,
    paymentMethod: s.payment.method,
    paymentStatus: s.payment.status,
    paymentRef: s.payment.intentId,
    refundRef: s.payment.refundRef,
    cancellationReason: s.cancellationReason,
    carrier: s.shipment?.carrier ?? null,
    trackingNumber: s.shipment?.trackingNumber ?? null,
    paidAt: s.paidAt,
    updatedAt: s.updatedAt,
  } satisfies Prisma.OrderUncheckedUpdateManyInput;
}

/** What an order costs and where it goes: fixed at placement. */
function totalColumns(s: OrderSnapshot) {
  const a = s.shippingAddress;
  return {
    currency: s.totals.total.currency,
    subtotal: s.totals.subtotal.amount,
    discountTotal: s.totals.discount.amount,
    shippingTotal: s.totals.shipping.amount,
    taxTotal: s.totals.tax.amount,
    total: s.totals.total.amount,
    discountId: s.discount?.discountId ?? null,
    discountCode: s.discount?.code ?? null,
    shipName: a.name,
    shipLine1: a.line1,
    shipLine2: a.line2,
    shipCity: a.city,
    shipState: a.state,
    shipPostalCode: a.postalCode,
    shipCountry: a.country,
    shipPhone: a.phone,
  };
}

function toOrder(row: OrderRow): Order {
  const currency = row.currency.trim();
  const money = (amount: number) => ({ amount, currency });
  return Order.restore({
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    customerEmail: row.customerEmail,
    status: row.status,
    lines: row.lines.map((l) => ({
      variantId: l.variantId,
      productId: l.productId,
      name: l.name,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: money(l.unitPrice),
      lineTotal: money(l.lineTotal),
    })),
    totals: {
      subtotal: money(row.subtotal),
      discount: money(row.discountTotal),
      shipping: money(row.shippingTotal),
      tax: money(row.taxTotal),
      total: money(row.total),
    },
    discount: row.discountId && row.discountCode ? { discountId: row.discountId, code: row.discountCode } : null,
    shippingAddress: {
      name: row.shipName,
      line1: row.shipLine1,
      line2: row.shipLine2,
      city: row.shipCity,
      state: row.shipState,
      postalCode: row.shipPostalCode,
      country: row.shipCountry.trim(),
      phone: row.shipPhone,
    },
    payment: {
      provider: row.paymentProvider,
      method: row.paymentMethod,
      status: row.paymentStatus,
      intentId: row.paymentRef,
      refundRef: row.refundRef,
    },
    statusHistory: row.statusHistory.map((h) => ({ status: h.status, at: h.at })),
    cancellationReason: row.cancellationReason as OrderEndReason | null,
    shipment: row.carrier !== null && row.trackingNumber !== null ? { carrier: row.carrier, trackingNumber: row.trackingNumber } : null,
    paidAt: row.paidAt,
    version: row.version,
    createdAt: row.placedAt,
    updatedAt: row.updatedAt,
  });
}

function concurrentUpdate(message: string): DomainError {
  return new DomainError(OrderingErrorCodes.CONCURRENT_UPDATE, message, 'conflict');
}
