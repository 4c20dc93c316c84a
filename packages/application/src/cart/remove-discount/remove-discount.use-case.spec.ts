import type { Discount } from '@devgear/domain';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, fillCart } from '../../testing';
import { ApplyDiscountCodeUseCase } from '../apply-discount-code/apply-discount-code.use-case';
import { RemoveDiscountUseCase } from './remove-discount.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

describe('RemoveDiscountUseCase', () => {
  it('forgets the code and reprices; removing again is harmless', async () => {
    const kit = cartKit({ discounts: [discountFixture()] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'SAVE10' });
    const remove = new RemoveDiscountUseCase(kit);
    const cart = await remove.execute('u-1');
    expect(cart.discount).toBeNull();
    expect(cart.total.amount).toBe(8999 + 999);
    expect(kit.carts.row('u-1')?.discountCode).toBeNull();
    const saves = kit.carts.saves;
    await remove.execute('u-1');
    expect(kit.carts.saves).toBe(saves);
  });
});
