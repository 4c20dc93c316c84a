import { Discount } from '@devgear/domain';
import { InMemoryDiscountRepository } from './in-memory-discount.repository';

const T0 = new Date('2025-03-01T00:00:00Z');
const discount = (overrides: Partial<Parameters<typeof Discount.create>[0]> = {}) =>
  Discount.create({ id: 'd-1', code: 'SAVE10', type: 'percentage', value: 10, ...overrides }, T0);
const redemption = (customerId: string, orderId: string, limits: { usageLimit?: number | null; perCustomerLimit?: number | null } = {}) => ({
  discountId: 'd-1',
  customerId,
  orderId,
  usageLimit: limits.usageLimit ?? null,
  perCustomerLimit: limits.perCustomerLimit ?? null,
  at: T0,
});

describe('InMemoryDiscountRepository', () => {
  it('redeems atomically against the total limit under concurrency', async () => {
    const repo = new InMemoryDiscountRepository([discount()]);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => repo.redeem(redemption(`u-${i}`, `o-${i}`, { usageLimit: 3 }))));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(repo.timesUsed('d-1')).toBe(3);
  });

  it('holds the per-customer limit and treats a repeated redeem of one order as done', async () => {
    const repo = new InMemoryDiscountRepository([discount()]);
    expect(await repo.redeem(redemption('u-1', 'o-1', { perCustomerLimit: 1 }))).toBe(true);
    expect(await repo.redeem(redemption('u-1', 'o-1', { perCustomerLimit: 1 }))).toBe(true);
    expect(await repo.redeem(redemption('u-1', 'o-2', { perCustomerLimit: 1 }))).toBe(false);
    expect(await repo.redeem(redemption('u-2', 'o-3', { perCustomerLimit: 1 }))).toBe(true);
    expect(await repo.countRedemptions('d-1', 'u-1')).toBe(1);
    expect(repo.timesUsed('d-1')).toBe(2);
  });

  it('releases a redemption once', async () => {
    const repo = new InMemoryDiscountRepository([discount()]);
    await repo.redeem(redemption('u-1', 'o-1'));
    await repo.release('d-1', 'o-1');
    await repo.release('d-1', 'o-1');
    expect(repo.timesUsed('d-1')).toBe(0);
    expect(repo.redemptions('d-1')).toEqual([]);
  });

  it('never lets an admin save overwrite times_used, and keeps live codes unique', async () => {
    const repo = new InMemoryDiscountRepository([discount()]);
    const loaded = await repo.findById('d-1');
    await repo.redeem(redemption('u-1', 'o-1'));
    loaded?.update({ value: 20 }, T0);
    if (loaded) await repo.save(loaded);
    expect(repo.timesUsed('d-1')).toBe(1);
    await expect(repo.save(discount({ id: 'd-2', code: 'save10' }))).rejects.toMatchObject({ kind: 'conflict', code: 'DISCOUNT.DUPLICATE_CODE' });
  });
});
