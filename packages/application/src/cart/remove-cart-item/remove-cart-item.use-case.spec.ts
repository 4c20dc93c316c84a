import type { Discount } from '@devgear/domain';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf, fillCart } from '../../testing';
import { RemoveCartItemUseCase } from './remove-cart-item.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const MOUSE = CART_FIXTURE_VARIANTS.mouse;
const failure = domainErrorOf;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

describe('RemoveCartItemUseCase', () => {
  it('removes a line, flagged ones included, and reprices', async () => {
    const kit = cartKit();
    await fillCart(kit, 'u-1', [[KEYBOARD, 1], [MOUSE, 1]]);
    kit.inventory.removeVariant(MOUSE);
    const [keyboard, mouse] = kit.carts.row('u-1')?.lines ?? [];
    const remove = new RemoveCartItemUseCase(kit);
    let cart = await remove.execute({ customerId: 'u-1', itemId: mouse.id });
    expect(cart.items.map((i) => i.variantId)).toEqual([KEYBOARD]);
    cart = await remove.execute({ customerId: 'u-1', itemId: keyboard.id });
    expect(cart.items).toEqual([]);
    expect(cart.total.amount).toBe(0);
  });

  it('is 404 for an item that is not in the cart', async () => {
    const error = await failure(new RemoveCartItemUseCase(cartKit()).execute({ customerId: 'u-1', itemId: 'nope' }));
    expect(error.kind).toBe('not_found');
  });
});
