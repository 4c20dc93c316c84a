import { Injectable } from '@nestjs/common';
import { Discount, DiscountErrorCodes, DomainError, type DiscountSnapshot } from '@devgear/domain';
import type { DiscountListPage, DiscountListQuery, DiscountRedemption, DiscountRepository } from '@devgear/application';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { isUniqueViolation } from '../../../platform/database/unique-violation';
import { isUuid } from '../../../platform/system/system-services';

type DiscountRow = Prisma.DiscountGetPayload<object>;

/**
 * Discounts in `discounts`, their uses in `discount_redemptions` (one row per discount and order).
 * Codes are unique among live discounts through `live_code`: the code while the discount is not
 * archived, NULL once it is, under a unique index. times_used is written only by redeem() and
 * release(), each in a transaction that locks the discount row first, so the limits hold however
 * many checkouts race for the last use.
 */
@Injectable()
export class PrismaDiscountRepository implements DiscountRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string): Promise<Discount | null> {
    if (!isUuid(id)) return null;
    const row = await this.prisma.discount.findUnique({ where: { id } });
    return row ? toDiscount(row) : null;
  }

  async findByCode(code: string): Promise<Discount | null> {
    const wanted = Discount.normalizeCode(code);
    if (!wanted) return null;
    const row = await this.prisma.db.discount.findUnique({ where: { liveCode: wanted } });
    return row ? toDiscount(row) : null;
  }

  async list(query: DiscountListQuery): Promise<DiscountListPage> {
    const where: Prisma.DiscountWhereInput = {};
    if (!query.includeArchived) where.archivedAt = null;
    const q = query.q?.trim();
    if (q) where.code = { contains: q.toUpperCase(), mode: 'insensitive' };
    const [rows, total] = await Promise.all([
      this.prisma.discount.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.perPage,
        take: query.perPage,
      }),
      this.prisma.discount.count({ where }),
    ]);
    return { items: rows.map(toDiscount), total };
  }

  async save(discount: Discount): Promise<void> {
    const s = discount.toSnapshot();
    const row = {
      code: s.code,
      liveCode: s.archivedAt === null ? s.code : null,
      type: s.type,
      percentOff: s.percentOff,
      amountOff: s.amountOff?.amount ?? null,
      minSubtotal: s.minSubtotal?.amount ?? null,
      currency: (s.amountOff ?? s.minSubtotal)?.currency ?? null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      usageLimit: s.usageLimit,
      perCustomerLimit: s.perCustomerLimit,
      active: s.active,
      archivedAt: s.archivedAt,
      updatedAt: s.updatedAt,
    } satisfies Prisma.DiscountUncheckedUpdateInput;
    try {
      // times_used is left out on purpose: only redeem/release change it.
      await this.prisma.discount.upsert({
        where: { id: s.id },
        create: { id: s.id, ...row, timesUsed: 0, createdAt: s.createdAt },
        update: row,
      });
    } catch (err) {
      if (isUniqueViolation(err, 'live_code', 'liveCode')) {
        throw new DomainError(DiscountErrorCodes.DUPLICATE_CODE, `Discount code ${s.code} is already in use`, 'conflict', {
          code: ['is already used by another discount'],
        });
      }
      throw err;
    }
  }

  async countRedemptions(discountId: string, customerId: string): Promise<number> {
    if (!isUuid(discountId) || !isUuid(customerId)) return 0;
    return this.prisma.db.discountRedemption.count({ where: { discountId, customerId } });
  }

  /**
   * Locks the discount row (SELECT ... FOR UPDATE), so redeems of one discount run one after
   * the other; each later statement of the transaction then sees every redemption committed
   * before it got the lock (READ COMMITTED takes a fresh snapshot per statement). Inside a unit of
   * work the lock is held until the order's transaction commits.
   */
  async redeem(r: DiscountRedemption): Promise<boolean> {
    if (!isUuid(r.discountId)) return false;
    return this.prisma.transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ times_used: number }[]>`
          SELECT times_used FROM discounts WHERE id = ${r.discountId}::uuid FOR UPDATE`;
        if (locked.length === 0) return false;
        const already = await tx.discountRedemption.findUnique({
          where: { discountId_orderId: { discountId: r.discountId, orderId: r.orderId } },
          select: { orderId: true },
        });
        if (already) return true;
        if (r.usageLimit !== null && locked[0].times_used >= r.usageLimit) return false;
        if (r.perCustomerLimit !== null) {
          const mine = await tx.discountRedemption.count({ where: { discountId: r.discountId, customerId: r.customerId } });
          if (mine >= r.perCustomerLimit) return false;
        }
        await tx.discountRedemption.create({
          data: { discountId: r.discountId, orderId: r.orderId, customerId: r.customerId, redeemedAt: r.at },
        });
        await tx.$executeRaw`UPDATE discounts SET times_used = times_used + 1 WHERE id = ${r.discountId}::uuid`;
        return true;
      },
      // Many checkouts may queue on the row lock of one popular code.
      { timeoutMs: 20_000 },
    );
  }

  /** One statement: the use goes back only if this call deleted the redemption, so twice = once. */
  async release(discountId: string, orderId: string): Promise<void> {
    if (!isUuid(discountId) || !isUuid(orderId)) return;
    await this.prisma.db.$executeRaw`
      WITH gone AS (
        DELETE FROM discount_redemptions WHERE discount_id = ${discountId}::uuid AND order_id = ${orderId}::uuid
        RETURNING discount_id
      )
      UPDATE discounts SET times_used = times_used - 1 WHERE id IN (SELECT discount_id FROM gone)`;
  }
}

function toDiscount(row: DiscountRow): Discount {
  const currency = row.currency?.trim() ?? null;
  const money = (amount: number | null) => (amount === null || currency === null ? null : { amount, currency });
  const snapshot: DiscountSnapshot = {
    id: row.id,
    code: row.code,
    type: row.type,
    percentOff: row.percentOff,
    amountOff: money(row.amountOff),
    minSubtotal: money(row.minSubtotal),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    active: row.active,
    timesUsed: row.timesUsed,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return Discount.restore(snapshot);
}
