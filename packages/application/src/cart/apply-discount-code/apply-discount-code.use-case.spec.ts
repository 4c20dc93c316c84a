import { Money, type Discount } from '@devgear/domain';
import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, domainErrorOf, fillCart } from '../../testing';
import { ApplyDiscountCodeUseCase } from './apply-discount-code.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const MOUSE = CART_FIXTURE_VARIANTS.mouse;
const failure = domainErrorOf;
const cartKit = (options: { discounts?: Discount[]; taxRateBps?: number } = {}) =>
  checkoutTestKit({ products: cartProductsFixture(), discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });

describe('ApplyDiscountCodeUseCase', () => {
  it('applies a code in any case and answers with the discounted cart', async () => {
    const kit = cartKit({ discounts: [discountFixture({ type: 'fixed', value: Money.of(1500, 'USD'), code: 'DEV-15' })] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    const cart = await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: ' dev-15 ' });
    expect(cart.discount?.code).toBe('DEV-15');
    expect(cart.discount?.amount.amount).toBe(1500);
    expect(cart.total.amount).toBe(8999 - 1500 + 999);
    expect(kit.carts.row('u-1')?.discountCode).toBe('DEV-15');
  });

  it.each([
    ['an unknown code', {}, 'NOPE', 'DISCOUNT.UNKNOWN', 'Discount code NOPE does not exist'],
    ['an expired code', { endsAt: new Date('2025-02-01T00:00:00Z') }, 'SAVE10', 'DISCOUNT.EXPIRED', 'expired'],
    ['a code not valid yet', { startsAt: new Date('2025-04-01T00:00:00Z') }, 'SAVE10', 'DISCOUNT.NOT_YET_VALID', 'not valid until'],
    ['a paused code', { active: false }, 'SAVE10', 'DISCOUNT.INACTIVE', 'not active'],
    ['a subtotal below the minimum', { minSubtotal: Money.of(20_000, 'USD') }, 'SAVE10', 'DISCOUNT.BELOW_MINIMUM', 'at least 200.00 USD'],
  ])('refuses %s with 422 saying why, leaving the cart as it was', async (_label, overrides, code, errorCode, message) => {
    const kit = cartKit({ discounts: [discountFixture(overrides)] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    const error = await failure(new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code }));
    expect(error.kind).toBe('invalid_discount');
    expect(error.code).toBe(errorCode);
    expect(error.message).toContain(message);
    expect(error.details?.code).toEqual([error.message]);
    expect(kit.carts.row('u-1')?.discountCode).toBeNull();
  });

  it('refuses a used-up code and one this customer already used', async () => {
    const kit = cartKit({ discounts: [discountFixture({ usageLimit: 1 }), discountFixture({ id: 'd-once', code: 'ONCE', perCustomerLimit: 1 })] });
    await fillCart(kit, 'u-1', [[KEYBOARD, 1], [MOUSE, 1]]);
    await kit.discounts.redeem({ discountId: 'd-save10', customerId: 'u-9', orderId: 'o-9', usageLimit: 1, perCustomerLimit: null, at: kit.clock.now() });
    await kit.discounts.redeem({ discountId: 'd-once', customerId: 'u-1', orderId: 'o-1', usageLimit: null, perCustomerLimit: 1, at: kit.clock.now() });
    const apply = new ApplyDiscountCodeUseCase(kit);
    expect((await failure(apply.execute({ customerId: 'u-1', code: 'SAVE10' }))).code).toBe('DISCOUNT.EXHAUSTED');
    expect((await failure(apply.execute({ customerId: 'u-1', code: 'ONCE' }))).code).toBe('DISCOUNT.ALREADY_USED');
  });

  it('refuses a blank code as a validation error', async () => {
    const error = await failure(new ApplyDiscountCodeUseCase(cartKit()).execute({ customerId: 'u-1', code: '  ' }));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ code: ['must not be blank'] });
  });
});
