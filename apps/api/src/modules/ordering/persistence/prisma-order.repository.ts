import { Injectable } from '@nestjs/common';
import {
  DomainError,
  Order,
  OrderingErrorCodes,
  type OrderEndReason,
  type OrderSnapshot,
} from '@devgear/domain';
import type { OrderListPage, OrderListQuery, OrderRepository } from '@devgear/application';
import { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { writeOutbox } from '../../../platform/outbox/outbox-writer';
import { isUniqueViolation, isUuid, type Tx } from './prisma-support';

const WITH_CHILDREN = {
  lines: { orderBy: { position: 'asc' } },
  statusHistory: { orderBy: { position: 'asc' } },
} as const satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof WITH_CHILDREN }>;

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

  async findById(id: string): Promise<Order | null> {
    if (!isUuid(id)) return null;
    const row = await this.prisma.db.order.findUnique({ where: { id }, include: WITH_CHILDREN });
    return row ? toOrder(row) : null;
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
      await this.prisma.transaction(async (tx) => {
        if (s.version === 0) await insertOrder(tx, s);
        else await updateOrder(tx, s);
        await writeOutbox(tx, events);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'number')) {
        throw new DomainError(OrderingErrorCodes.DUPLICATE_NUMBER, `Order number ${s.number} is taken`, 'conflict');
      }
      if (isUniqueViolation(err)) throw concurrentUpdate(`Order ${s.id} already exists`);
      throw err;
    }
  }
}

async function insertOrder(tx: Tx, s: OrderSnapshot): Promise<void> {
  await tx.order.create({
    data: {
      id: s.id,
      number: s.number,
      customerId: s.customerId,
      customerEmail: s.customerEmail,
      placedAt: s.createdAt,
      version: 1,
      ...mutableColumns(s),
      ...totalColumns(s),
      lines: {
        createMany: {
          data: s.lines.map((l, position) => ({
            position,
            variantId: l.variantId,
            productId: l.productId,
            name: l.name,
            sku: l.sku,
            quantity: l.quantity,
            unitPrice: l.unitPrice.amount,
            lineTotal: l.lineTotal.amount,
          })),
        },
      },
    },
  });
  await writeHistory(tx, s);
}

async function updateOrder(tx: Tx, s: OrderSnapshot): Promise<void> {
  const updated = await tx.order.updateMany({
    where: { id: s.id, version: s.version },
    data: { ...mutableColumns(s), version: s.version + 1 },
  });
  if (updated.count === 0) throw concurrentUpdate(`Order ${s.number} was changed by another request`);
  await writeHistory(tx, s);
}

/** Appends the entries not stored yet (the history only grows; positions are its indexes). */
async function writeHistory(tx: Tx, s: OrderSnapshot): Promise<void> {
  await tx.orderStatusHistory.createMany({
    data: s.statusHistory.map((h, position) => ({ orderId: s.id, position, status: h.status, at: h.at })),
    skipDuplicates: true,
  });
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
