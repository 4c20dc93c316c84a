import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf, pendingOrderFixture, placeOrderFixture } from '../../testing';
import { AdvanceOrderStatusUseCase, type FulfilmentStatus } from './advance-order-status.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

async function setup() {
  const kit = checkoutTestKit({ products: cartProductsFixture() });
  const paid = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
  return { kit, paid, advance: new AdvanceOrderStatusUseCase(kit) };
}

describe('AdvanceOrderStatusUseCase', () => {
  it('packs, ships (with carrier and tracking number) and delivers a paid order, one event each', async () => {
    const { kit, paid, advance } = await setup();
    await advance.execute({ orderId: paid.id, status: 'packed' });
    kit.clock.advance(3_600_000);
    const shipped = await advance.execute({ orderId: paid.id, status: 'shipped', carrier: 'UPS', trackingNumber: '1Z999AA1' });
    expect(shipped.shipment).toEqual({ carrier: 'UPS', trackingNumber: '1Z999AA1' });
    const delivered = await advance.execute({ orderId: paid.id, status: 'delivered' });
    expect(delivered.statusHistory.map((h) => h.status)).toEqual(['pending', 'paid', 'packed', 'shipped', 'delivered']);
    expect(kit.orders.eventsOf(paid.id)).toEqual(['order.placed', 'order.paid', 'order.packed', 'order.shipped', 'order.delivered']);
    expect(kit.orders.outbox.find((e) => e.name === 'order.shipped')?.payload).toMatchObject({ carrier: 'UPS', trackingNumber: '1Z999AA1' });
  });

  it.each<[string, FulfilmentStatus[], FulfilmentStatus, string]>([
    ['shipping an unpacked order', [], 'shipped', 'cannot change from paid to shipped'],
    ['delivering a packed order', ['packed'], 'delivered', 'cannot change from packed to delivered'],
    ['packing twice', ['packed'], 'packed', 'cannot change from packed to packed'],
  ])('refuses %s with 409', async (_label, before, status, problem) => {
    const { paid, advance } = await setup();
    for (const step of before) await advance.execute({ orderId: paid.id, status: step });
    const error = await domainErrorOf(advance.execute({ orderId: paid.id, status, carrier: 'UPS', trackingNumber: '1' }));
    expect(error.kind).toBe('invalid_state');
    expect(error.details).toEqual({ status: [problem] });
  });

  it('refuses to pack an unpaid order', async () => {
    const { kit, advance } = await setup();
    const pending = await pendingOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
    expect((await domainErrorOf(advance.execute({ orderId: pending.id, status: 'packed' }))).details).toEqual({
      status: ['cannot change from pending to packed'],
    });
  });

  it('ships with the carrier and tracking number together, or with neither', async () => {
    const { paid, advance } = await setup();
    await advance.execute({ orderId: paid.id, status: 'packed' });
    const error = await domainErrorOf(advance.execute({ orderId: paid.id, status: 'shipped', trackingNumber: '1Z999AA1' }));
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.details ?? {})).toEqual(['carrier']);
    const shipped = await advance.execute({ orderId: paid.id, status: 'shipped' });
    expect(shipped.status).toBe('shipped');
    expect(shipped.shipment).toBeNull();
  });

  it('leaves payment states to payments (409) and rejects unknown statuses (400)', async () => {
    const { paid, advance } = await setup();
    const byHand = await domainErrorOf(advance.execute({ orderId: paid.id, status: 'refunded' as never }));
    expect(byHand.kind).toBe('invalid_state');
    expect(byHand.message).toContain('by hand');
    expect((await domainErrorOf(advance.execute({ orderId: paid.id, status: 'lost' as never }))).kind).toBe('validation');
    expect((await domainErrorOf(advance.execute({ orderId: 'nope', status: 'packed' }))).kind).toBe('not_found');
  });

  it('two partners reporting "packed" at once: one wins, the other gets 409, one event', async () => {
    const { kit, paid, advance } = await setup();
    const results = await Promise.allSettled([advance.execute({ orderId: paid.id, status: 'packed' }), advance.execute({ orderId: paid.id, status: 'packed' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(kit.orders.eventsOf(paid.id).filter((e) => e === 'order.packed')).toHaveLength(1);
  });
});
