import type { Discount } from '@devgear/domain';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf, fillCart } from '../../testing';
import { UpdateCartItemUseCase } from './update-cart-item.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const MOUSE = CART_FIXTURE_VARIANTS.mouse;
const failure = domainErrorOf;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

async function setup() {
  const kit = cartKit();
  await fillCart(kit, 'u-1', [[KEYBOARD, 1], [MOUSE, 1]]);
  const [keyboardLine, mouseLine] = kit.carts.row('u-1')?.lines ?? [];
  return { kit, update: new UpdateCartItemUseCase(kit), keyboardLine, mouseLine };
}

describe('UpdateCartItemUseCase', () => {
  it('sets the quantity of a line', async () => {
    const { update, keyboardLine } = await setup();
    const cart = await update.execute({ customerId: 'u-1', itemId: keyboardLine.id, quantity: 4 });
    expect(cart.items.find((i) => i.id === keyboardLine.id)?.quantity).toBe(4);
  });

  it('refuses more than is available (409) and quantities outside 1..99 (400)', async () => {
    const { update, mouseLine, kit } = await setup();
    expect((await failure(update.execute({ customerId: 'u-1', itemId: mouseLine.id, quantity: 3 }))).details).toEqual({ [MOUSE]: ['only 2 available'] });
    expect((await failure(update.execute({ customerId: 'u-1', itemId: mouseLine.id, quantity: 0 }))).kind).toBe('validation');
    expect(kit.carts.row('u-1')?.lines.map((l) => l.quantity)).toEqual([1, 1]);
  });

  it("is 404 for another customer's item", async () => {
    const { kit, update, keyboardLine } = await setup();
    await fillCart(kit, 'u-2', [[KEYBOARD, 1]]);
    const error = await failure(update.execute({ customerId: 'u-2', itemId: keyboardLine.id, quantity: 2 }));
    expect(error.kind).toBe('not_found');
    expect(error.code).toBe('CART.LINE_NOT_FOUND');
  });

  it('refuses to raise a line whose product was archived, naming why', async () => {
    const { kit, update, mouseLine } = await setup();
    kit.inventory.archiveProduct('p-mouse');
    const error = await failure(update.execute({ customerId: 'u-1', itemId: mouseLine.id, quantity: 2 }));
    expect(error.kind).toBe('out_of_stock');
    expect(error.details).toEqual({ [MOUSE]: ['is no longer sold'] });
  });
});
