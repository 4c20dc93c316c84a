import type { Discount } from '@devgear/domain';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, fillCart } from '../../testing';
import { ApplyDiscountCodeUseCase } from '../apply-discount-code/apply-discount-code.use-case';
import { GetCartUseCase } from './get-cart.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const MOUSE = CART_FIXTURE_VARIANTS.mouse;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

describe('GetCartUseCase', () => {
  it('creates an empty cart on the first visit and keeps its id', async () => {
    const kit = cartKit();
    const getCart = new GetCartUseCase(kit);
    const first = await getCart.execute('u-1');
    expect(first).toMatchObject({ customerId: 'u-1', items: [], itemCount: 0, discount: null, discountProblem: null });
    expect([first.subtotal, first.shippingTotal, first.taxTotal, first.total].map((m) => m.amount)).toEqual([0, 0, 0, 0]);
    expect((await getCart.execute('u-1')).id).toBe(first.id);
    expect(kit.carts.saves).toBe(1); // the second visit changed nothing, so wrote nothing
  });

  it('prices the cart with shipping and tax, keeping the invariant total = subtotal - discount + shipping + tax', async () => {
    const kit = cartKit({ taxRateBps: 1000, discounts: [discountFixture()] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'save10' });
    const cart = await new GetCartUseCase(kit).execute('u-1');
    // 8999 - 900 (10%, 899.9 half-up) = 8099 < 10000 -> 999 shipping; tax 10% of 8099 = 809.9 -> 810
    expect(cart.discount).toEqual({ code: 'SAVE10', amount: expect.objectContaining({ amount: 900 }) });
    expect([cart.subtotal.amount, cart.shippingTotal.amount, cart.taxTotal.amount, cart.total.amount]).toEqual([8999, 999, 810, 9908]);
    expect(cart.total.amount).toBe(cart.subtotal.amount - (cart.discount?.amount.amount ?? 0) + cart.shippingTotal.amount + cart.taxTotal.amount);
    expect(cart.items[0]).toMatchObject({ variantId: KEYBOARD, productId: 'p-kb', name: 'Keychron K2 (Variant 1)', sku: 'K2-BROWN', quantity: 1, unavailable: null });
    expect(cart.items[0].lineTotal.amount).toBe(8999);
  });

  it('reprices from the catalog and flags archived and removed lines instead of dropping them', async () => {
    const kit = cartKit();
    await fillCart(kit, 'u-1', [[KEYBOARD, 2], [MOUSE, 1]]);
    kit.inventory.setPrice(KEYBOARD, 7999);
    kit.inventory.archiveProduct('p-mouse');
    let cart = await new GetCartUseCase(kit).execute('u-1');
    expect(cart.items.map((i) => [i.variantId, i.unitPrice.amount, i.unavailable])).toEqual([
      [KEYBOARD, 7999, null],
      [MOUSE, 9999, 'archived'],
    ]);
    expect(cart.subtotal.amount).toBe(15998); // the flagged line is not priced
    expect(cart.itemCount).toBe(2);
    expect(kit.carts.row('u-1')?.lines.map((l) => l.unavailable)).toEqual([null, 'archived']); // persisted

    kit.inventory.removeVariant(KEYBOARD);
    cart = await new GetCartUseCase(kit).execute('u-1');
    expect(cart.items.map((i) => i.unavailable)).toEqual(['removed', 'archived']);
    expect(cart.total.amount).toBe(0);
  });

  it('keeps a code that stopped applying and says why, without failing', async () => {
    const kit = cartKit({ discounts: [discountFixture({ minSubtotal: undefined, endsAt: new Date('2025-03-05T00:00:00Z') })] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'SAVE10' });
    kit.clock.set('2025-03-06T00:00:00Z');
    const cart = await new GetCartUseCase(kit).execute('u-1');
    expect(cart.discount).toBeNull();
    expect(cart.discountProblem).toEqual({ code: 'SAVE10', message: 'Discount code SAVE10 expired on 2025-03-05T00:00:00.000Z' });
    expect(cart.total.amount).toBe(8999 + 999);
    expect(kit.carts.row('u-1')?.discountCode).toBe('SAVE10');
  });

  it('two first visits at the same moment end up with one cart', async () => {
    const kit = cartKit();
    const getCart = new GetCartUseCase(kit);
    const [a, b] = await Promise.all([getCart.execute('u-1'), getCart.execute('u-1')]);
    expect(a.id).toBe(b.id);
    expect(kit.carts.row('u-1')?.id).toBe(a.id);
  });

  it('requires a customer', async () => {
    await expect(new GetCartUseCase(cartKit()).execute('')).rejects.toMatchObject({ kind: 'unauthenticated' });
  });
});
