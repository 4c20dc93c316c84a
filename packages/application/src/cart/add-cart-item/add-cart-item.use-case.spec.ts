import type { Discount } from '@devgear/domain';
import { AddCartItemUseCase } from './add-cart-item.use-case';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf } from '../../testing';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const MOUSE = CART_FIXTURE_VARIANTS.mouse;
const failure = domainErrorOf;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

describe('AddCartItemUseCase', () => {
  it('adds an item and answers with the priced cart', async () => {
    const kit = cartKit();
    const cart = await new AddCartItemUseCase(kit).execute({ customerId: 'u-1', variantId: KEYBOARD, quantity: 2 });
    expect(cart.items.map((i) => [i.variantId, i.quantity, i.lineTotal.amount])).toEqual([[KEYBOARD, 2, 17998]]);
    expect(cart.itemCount).toBe(2);
    expect(cart.total.amount).toBe(17998); // free shipping from 10000
    expect(kit.carts.row('u-1')?.lines).toHaveLength(1);
  });

  it('adds to the existing line of the same variant', async () => {
    const kit = cartKit();
    const add = new AddCartItemUseCase(kit);
    await add.execute({ customerId: 'u-1', variantId: KEYBOARD, quantity: 2 });
    const cart = await add.execute({ customerId: 'u-1', variantId: KEYBOARD, quantity: 3 });
    expect(cart.items.map((i) => i.quantity)).toEqual([5]);
  });

  it('refuses more than is available, counting what the cart holds: 409 naming the variant', async () => {
    const kit = cartKit();
    const add = new AddCartItemUseCase(kit);
    await add.execute({ customerId: 'u-1', variantId: MOUSE, quantity: 1 });
    const error = await failure(add.execute({ customerId: 'u-1', variantId: MOUSE, quantity: 2 }));
    expect(error.kind).toBe('out_of_stock');
    expect(error.details).toEqual({ [MOUSE]: ['only 2 available'] });
    expect(kit.carts.row('u-1')?.lines.map((l) => l.quantity)).toEqual([1]);
  });

  it.each([0, 100, 2.5])('refuses the quantity %p naming the field', async (quantity) => {
    const error = await failure(new AddCartItemUseCase(cartKit()).execute({ customerId: 'u-1', variantId: KEYBOARD, quantity }));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ quantity: ['must be a whole number from 1 to 99'] });
  });

  it('is 404 for an unknown variant or one of an archived product', async () => {
    const kit = cartKit();
    kit.inventory.archiveProduct('p-mouse');
    const add = new AddCartItemUseCase(kit);
    const unknown = await failure(add.execute({ customerId: 'u-1', variantId: 'nope', quantity: 1 }));
    expect(unknown.kind).toBe('not_found');
    expect(unknown.details).toEqual({ variant_id: ['does not match any product variant'] });
    const archived = await failure(add.execute({ customerId: 'u-1', variantId: MOUSE, quantity: 1 }));
    expect(archived.details).toEqual({ variant_id: ['is no longer sold'] });
    expect(kit.carts.row('u-1')?.lines ?? []).toEqual([]);
    expect((await failure(add.execute({ customerId: 'u-1', variantId: ' ', quantity: 1 }))).kind).toBe('validation');
  });

  it('loses no addition when two requests add at the same moment (optimistic retry)', async () => {
    const kit = cartKit();
    const add = new AddCartItemUseCase(kit);
    await Promise.all([
      add.execute({ customerId: 'u-1', variantId: KEYBOARD, quantity: 1 }),
      add.execute({ customerId: 'u-1', variantId: KEYBOARD, quantity: 2 }),
      add.execute({ customerId: 'u-1', variantId: MOUSE, quantity: 1 }),
    ]);
    const lines = kit.carts.row('u-1')?.lines ?? [];
    expect(lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual([[KEYBOARD, 3], [MOUSE, 1]]);
  });
});
