import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf, placeOrderFixture } from '../../testing';
import { ListOrdersUseCase } from './list-orders.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

async function setup() {
  const kit = checkoutTestKit({ products: cartProductsFixture() });
  const a1 = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
  kit.clock.advance(60_000);
  const b1 = await placeOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
  kit.clock.advance(60_000);
  const a2 = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]], { paymentMethod: 'pm_card_chargeDeclined' }).catch(() => null);
  return { kit, a1, b1, a2, list: new ListOrdersUseCase(kit) };
}

describe('ListOrdersUseCase', () => {
  it("lists a customer's own orders, newest first, paginated, leaving declined attempts out unless asked for", async () => {
    const { kit, a1, list } = await setup();
    await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    const page = await list.execute({ actor: { userId: 'u-1', role: 'customer' }, page: 1, perPage: 10 });
    expect(page.total).toBe(2);
    expect(page.items.map((o) => o.status)).toEqual(['paid', 'paid']);
    expect(page.items[1].id).toBe(a1.id);
    const second = await list.execute({ actor: { userId: 'u-1', role: 'customer' }, page: 2, perPage: 1 });
    expect(second.items.map((o) => o.id)).toEqual([a1.id]);
    const declined = await list.execute({ actor: { userId: 'u-1', role: 'customer' }, status: 'payment_failed', page: 1, perPage: 10 });
    expect(declined.items.map((o) => [o.status, o.cancellationReason])).toEqual([['payment_failed', 'payment_declined']]);
  });

  it('lets admins see everyone, filter by status and search by number or email', async () => {
    const { b1, list } = await setup();
    const admin = { userId: 'admin', role: 'admin' as const };
    expect((await list.execute({ actor: admin, page: 1, perPage: 10 })).total).toBe(2); // the declined attempt is not an order
    expect((await list.execute({ actor: admin, status: 'paid', page: 1, perPage: 10 })).total).toBe(2);
    expect((await list.execute({ actor: admin, status: 'payment_failed', page: 1, perPage: 10 })).total).toBe(1);
    expect((await list.execute({ actor: admin, q: 'U-2@EXAMPLE', page: 1, perPage: 10 })).items.map((o) => o.id)).toEqual([b1.id]);
    expect((await list.execute({ actor: admin, q: b1.number.toLowerCase(), page: 1, perPage: 10 })).items.map((o) => o.id)).toEqual([b1.id]);
  });

  it('rejects bad paging and unknown statuses, naming the fields', async () => {
    const { list } = await setup();
    const error = await domainErrorOf(list.execute({ actor: { userId: 'u-1', role: 'customer' }, status: 'lost', page: 0, perPage: 101 }));
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['page', 'perPage', 'status']);
  });
});
