import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, domainErrorOf, placeOrderFixture } from '../../testing';
import { GetOrderUseCase } from './get-order.use-case';

describe('GetOrderUseCase', () => {
  it("shows customers their own orders only (another's is 404), admins any", async () => {
    const kit = checkoutTestKit({ products: cartProductsFixture() });
    const order = await placeOrderFixture(kit, 'u-1', [[CART_FIXTURE_VARIANTS.keyboard, 1]]);
    const getOrder = new GetOrderUseCase(kit);
    expect((await getOrder.execute({ orderId: order.id, actor: { userId: 'u-1', role: 'customer' } })).number).toBe(order.number);
    expect((await domainErrorOf(getOrder.execute({ orderId: order.id, actor: { userId: 'u-2', role: 'customer' } }))).kind).toBe('not_found');
    expect((await getOrder.execute({ orderId: order.id, actor: { userId: 'admin', role: 'admin' } })).id).toBe(order.id);
    expect((await domainErrorOf(getOrder.execute({ orderId: 'missing', actor: { userId: 'admin', role: 'admin' } }))).code).toBe('ORDER.NOT_FOUND');
  });
});
