import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, pendingOrderFixture, placeOrderFixture } from '../../testing';
import { ExpireUnpaidOrdersUseCase } from './expire-unpaid-orders.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

describe('ExpireUnpaidOrdersUseCase', () => {
  it('cancels pending orders past the timeout, releasing stock and discount use, and leaves the rest alone', async () => {
    const discount = discountFixture({ usageLimit: 1 });
    const kit = checkoutTestKit({ products: cartProductsFixture(), discounts: [discount] });
    const old = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]], { discount });
    const paid = await placeOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
    kit.clock.advance(20 * 60_000);
    const recent = await pendingOrderFixture(kit, 'u-3', [[KEYBOARD, 1]]);
    kit.clock.advance(11 * 60_000); // old: 31 min, recent: 11 min
    expect(kit.inventory.available(KEYBOARD)).toBe(1);

    const result = await new ExpireUnpaidOrdersUseCase(kit, { timeoutMinutes: 30 }).execute();

    expect(result).toEqual({ expired: [old.number], failed: [] });
    expect(kit.orders.row(old.id)).toMatchObject({ status: 'cancelled', cancellationReason: 'expired' });
    expect(kit.orders.row(recent.id)?.status).toBe('pending');
    expect(kit.orders.row(paid.id)?.status).toBe('paid');
    expect(kit.inventory.available(KEYBOARD)).toBe(3);
    expect(kit.discounts.timesUsed(discount.id)).toBe(0);
  });

  it('two instances running at once expire each order once', async () => {
    const kit = checkoutTestKit({ products: cartProductsFixture() });
    for (const c of ['u-1', 'u-2', 'u-3']) await pendingOrderFixture(kit, c, [[KEYBOARD, 1]]);
    kit.clock.advance(60 * 60_000);
    const job = new ExpireUnpaidOrdersUseCase(kit, { timeoutMinutes: 30 });
    const [a, b] = await Promise.all([job.execute(), job.execute()]);
    expect([...a.expired, ...b.expired].sort()).toHaveLength(3);
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.orders.outbox.filter((e) => e.name === 'order.cancelled')).toHaveLength(3);
  });

  it('processes at most one batch per run, oldest first', async () => {
    const kit = checkoutTestKit({ products: cartProductsFixture() });
    const first = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    kit.clock.advance(60_000);
    await pendingOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
    kit.clock.advance(60 * 60_000);
    const result = await new ExpireUnpaidOrdersUseCase(kit, { timeoutMinutes: 30, batchSize: 1 }).execute();
    expect(result.expired).toEqual([first.number]);
  });

  it('refuses a timeout that is not a positive number of minutes', () => {
    expect(() => new ExpireUnpaidOrdersUseCase(checkoutTestKit(), { timeoutMinutes: 0 })).toThrow(/positive number of minutes/);
  });
});
