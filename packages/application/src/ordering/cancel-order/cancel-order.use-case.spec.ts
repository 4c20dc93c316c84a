import {
  CART_FIXTURE_VARIANTS,
  cartProductsFixture,
  checkoutTestKit,
  discountFixture,
  domainErrorOf,
  pendingOrderFixture,
  placeOrderFixture,
} from '../../testing';
import { AdvanceOrderStatusUseCase } from '../advance-order-status/advance-order-status.use-case';
import { ExpireUnpaidOrdersUseCase } from '../expire-unpaid-orders/expire-unpaid-orders.use-case';
import { PaymentProviderError } from '../ordering.failures';
import { RefundOrderUseCase } from '../refund-order/refund-order.use-case';
import { CancelOrderUseCase } from './cancel-order.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;
const customer = (userId: string) => ({ userId, role: 'customer' as const });

function setup() {
  const discount = discountFixture({ usageLimit: 5 });
  const kit = checkoutTestKit({ products: cartProductsFixture(), discounts: [discount] });
  return { kit, discount, cancel: new CancelOrderUseCase(kit) };
}

describe('CancelOrderUseCase', () => {
  it('cancels a pending order: stock and discount use go back, nothing is charged or refunded', async () => {
    const { kit, discount, cancel } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]], { discount });
    expect(kit.inventory.available(KEYBOARD)).toBe(3);
    expect(kit.discounts.timesUsed(discount.id)).toBe(1);

    const order = await cancel.execute({ orderId: pending.id, actor: customer('u-1') });

    expect(order.status).toBe('cancelled');
    expect(order.cancellationReason).toBe('customer');
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.discounts.timesUsed(discount.id)).toBe(0);
    expect(kit.gateway.refundCalls).toEqual([]);
    expect(kit.orders.eventsOf(order.id)).toEqual(['order.placed', 'order.cancelled']);
  });

  it('cancels a paid order, restocks it and refunds it once: paid -> cancelled -> refunded', async () => {
    const { kit, cancel } = setup();
    const paid = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 2]]);
    expect(kit.inventory.available(KEYBOARD)).toBe(3);

    const order = await cancel.execute({ orderId: paid.id, actor: customer('u-1') });

    expect(order.status).toBe('refunded');
    expect(order.statusHistory.map((h) => h.status)).toEqual(['pending', 'paid', 'cancelled', 'refunded']);
    expect(order.payment).toMatchObject({ status: 'refunded', refundRef: 're_fake_2' });
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.gateway.refundCalls).toHaveLength(1);
    expect(kit.gateway.refundCalls[0]).toMatchObject({ orderId: paid.id, paymentRef: paid.payment.intentId, amount: paid.totals.total });
    expect(kit.orders.eventsOf(paid.id)).toEqual(['order.placed', 'order.paid', 'order.cancelled', 'order.refund_due', 'order.refunded']);
    await expect(cancel.execute({ orderId: paid.id, actor: customer('u-1') })).rejects.toMatchObject({ kind: 'invalid_state' });
    expect(kit.gateway.refundCalls).toHaveLength(1);
  });

  it('when the provider cannot refund now the order is cancelled with its refund due, retried from the outbox (or by cancelling again)', async () => {
    const { kit, cancel } = setup();
    const paid = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    kit.gateway.setRefundBehaviour('throw');

    const cancelled = await cancel.execute({ orderId: paid.id, actor: customer('u-1') });
    expect(cancelled).toMatchObject({ status: 'cancelled', refundDue: true });
    expect(kit.orders.row(paid.id)).toMatchObject({ status: 'cancelled', payment: { status: 'paid' } });
    expect(kit.inventory.available(KEYBOARD)).toBe(5); // restocked once...
    expect(kit.errors.reports.map((r) => r.error)).toEqual([expect.any(PaymentProviderError)]);
    // The outbox's handler of 'order.refund_due' keeps failing while the provider is down...
    const refund = new RefundOrderUseCase(kit);
    await expect(refund.execute(paid.id)).rejects.toThrow('retried automatically');

    kit.gateway.setRefundBehaviour('succeed');
    const order = await cancel.execute({ orderId: paid.id, actor: customer('u-1') });
    expect(order.status).toBe('refunded');
    await expect(refund.execute(paid.id)).resolves.toMatchObject({ status: 'refunded' }); // ...and its late retry changes nothing
    expect(kit.inventory.available(KEYBOARD)).toBe(5); // ...not twice
    expect(kit.gateway.refunded.size).toBe(1);
    expect(kit.orders.eventsOf(paid.id).filter((e) => e === 'order.refunded')).toHaveLength(1);
  });

  it('refuses once the order is packed (409 naming both statuses)', async () => {
    const { kit, cancel } = setup();
    const paid = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    await new AdvanceOrderStatusUseCase(kit).execute({ orderId: paid.id, status: 'packed' });
    const error = await domainErrorOf(cancel.execute({ orderId: paid.id, actor: customer('u-1') }));
    expect(error.kind).toBe('invalid_state');
    expect(error.code).toBe('ORDER.INVALID_TRANSITION');
    expect(error.details).toEqual({ status: ['cannot change from packed to cancelled'] });
    expect(kit.inventory.available(KEYBOARD)).toBe(4);
  });

  it("is 404 for another customer's order; an admin may cancel any", async () => {
    const { kit, cancel } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    expect((await domainErrorOf(cancel.execute({ orderId: pending.id, actor: customer('u-2') }))).kind).toBe('not_found');
    const order = await cancel.execute({ orderId: pending.id, actor: { userId: 'admin-1', role: 'admin' } });
    expect(order.cancellationReason).toBe('admin');
  });

  it('racing the expiry job: the order is cancelled once and its stock released once', async () => {
    const { kit, cancel } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]]);
    kit.clock.advance(31 * 60_000);
    const expire = new ExpireUnpaidOrdersUseCase(kit, { timeoutMinutes: 30 });
    const results = await Promise.allSettled([cancel.execute({ orderId: pending.id, actor: customer('u-1') }), expire.execute()]);
    expect(kit.orders.row(pending.id)?.status).toBe('cancelled');
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.orders.eventsOf(pending.id).filter((e) => e === 'order.cancelled')).toHaveLength(1);
    // whoever lost is told clearly (409) or found nothing left to do
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ kind: 'invalid_state' });
  });
});
