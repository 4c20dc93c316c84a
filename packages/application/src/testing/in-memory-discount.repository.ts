import { Discount, DiscountErrorCodes, DomainError, type DiscountSnapshot } from '@devgear/domain';
import type { DiscountListPage, DiscountListQuery, DiscountRedemption, DiscountRepository } from '../ports/discount-repository.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

interface RedemptionRow {
  discountId: string;
  customerId: string;
  orderId: string;
  at: Date;
}

/**
 * Discounts and their redemptions. redeem() checks both limits and records the use in one
 * synchronous step, so it is atomic however many checkouts race for the last use.
 */
export class InMemoryDiscountRepository implements DiscountRepository, TransactionalState {
  private rows = new Map<string, DiscountSnapshot>();
  private redemptionRows: RedemptionRow[] = [];

  constructor(discounts: Discount[] = []) {
    for (const discount of discounts) this.rows.set(discount.id, discount.toSnapshot());
  }

  async findById(id: string): Promise<Discount | null> {
    await nextTick();
    const row = this.rows.get(id);
    return row ? Discount.restore(row) : null;
  }

  async findByCode(code: string): Promise<Discount | null> {
    await nextTick();
    const row = this.liveRowWithCode(Discount.normalizeCode(code));
    return row ? Discount.restore(row) : null;
  }

  async list(query: DiscountListQuery): Promise<DiscountListPage> {
    await nextTick();
    const q = query.q?.trim().toUpperCase();
    const matching = [...this.rows.values()]
      .filter((r) => query.includeArchived || r.archivedAt === null)
      .filter((r) => !q || r.code.includes(q))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    const start = (query.page - 1) * query.perPage;
    return { items: matching.slice(start, start + query.perPage).map((r) => Discount.restore(r)), total: matching.length };
  }

  async save(discount: Discount): Promise<void> {
    await nextTick();
    const snapshot = discount.toSnapshot();
    const taken = snapshot.archivedAt === null ? this.liveRowWithCode(snapshot.code) : undefined;
    if (taken && taken.id !== snapshot.id) {
      throw new DomainError(DiscountErrorCodes.DUPLICATE_CODE, `Discount code ${snapshot.code} is already in use`, 'conflict', {
        code: ['is already used by another discount'],
      });
    }
    const stored = this.rows.get(snapshot.id);
    // times_used belongs to redeem/release: an admin save never overwrites it.
    this.rows.set(snapshot.id, { ...snapshot, timesUsed: stored ? stored.timesUsed : 0 });
  }

  async countRedemptions(discountId: string, customerId: string): Promise<number> {
    await nextTick();
    return this.redemptionRows.filter((r) => r.discountId === discountId && r.customerId === customerId).length;
  }

  async redeem(redemption: DiscountRedemption): Promise<boolean> {
    await nextTick();
    const row = this.rows.get(redemption.discountId);
    if (!row) return false;
    if (this.redemptionRows.some((r) => r.discountId === redemption.discountId && r.orderId === redemption.orderId)) return true;
    if (redemption.usageLimit !== null && row.timesUsed >= redemption.usageLimit) return false;
    const mine = this.redemptionRows.filter((r) => r.discountId === redemption.discountId && r.customerId === redemption.customerId).length;
    if (redemption.perCustomerLimit !== null && mine >= redemption.perCustomerLimit) return false;
    this.redemptionRows.push({ discountId: redemption.discountId, customerId: redemption.customerId, orderId: redemption.orderId, at: new Date(redemption.at.getTime()) });
    row.timesUsed += 1;
    return true;
  }

  async release(discountId: string, orderId: string): Promise<void> {
    await nextTick();
    const before = this.redemptionRows.length;
    this.redemptionRows = this.redemptionRows.filter((r) => !(r.discountId === discountId && r.orderId === orderId));
    const row = this.rows.get(discountId);
    if (row && this.redemptionRows.length < before) row.timesUsed -= 1;
  }

  /** Stored times_used of a discount. */
  timesUsed(discountId: string): number {
    return this.rows.get(discountId)?.timesUsed ?? 0;
  }

  /** The orders holding a redemption of the discount. */
  redemptions(discountId: string): string[] {
    return this.redemptionRows.filter((r) => r.discountId === discountId).map((r) => r.orderId);
  }

  row(id: string): DiscountSnapshot | null {
    const row = this.rows.get(id);
    return row ? Discount.restore(row).toSnapshot() : null;
  }

  snapshotState(): unknown {
    return structuredClone({ rows: this.rows, redemptions: this.redemptionRows });
  }

  restoreState(state: unknown): void {
    const saved = structuredClone(state as { rows: Map<string, DiscountSnapshot>; redemptions: RedemptionRow[] });
    this.rows = saved.rows;
    this.redemptionRows = saved.redemptions;
  }

  private liveRowWithCode(code: string): DiscountSnapshot | undefined {
    return [...this.rows.values()].find((r) => r.archivedAt === null && r.code === code);
  }
}
