import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, fillCart, pendingOrderFixture, placeOrderFixture } from '../../testing';
import { RefundOrderUseCase } from '../refund-order/refund-order.use-case';
import { ConfirmPaymentFromWebhookUseCase } from './confirm-payment-from-webhook.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

function setup() {
  const discount = discountFixture({ usageLimit: 1 });
  const kit = checkoutTestKit({ products: cartProductsFixture(), discounts: [discount] });
  return { kit, discount, webhook: new ConfirmPaymentFromWebhookUseCase(kit) };
}

describe('ConfirmPaymentFromWebhookUseCase', () => {
  it('marks a pending order paid and takes what it bought out of the cart', async () => {
    const { kit, webhook } = setup();
    await fillCart(kit, 'u-1', [[KEYBOARD, 3]]);
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]]);
    await expect(webhook.execute({ eventId: 'evt_1', type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_1' })).resolves.toBe('paid');
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'paid', payment: { status: 'paid', intentId: 'pi_1' } });
    expect(kit.carts.row('u-1')?.lines.map((l) => l.quantity)).toEqual([1]);
  });

  it('processes each event once, and confirms an order paid by the checkout without a second order.paid', async () => {
    const { kit, webhook } = setup();
    const paid = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    const event = { eventId: 'evt_1', type: 'payment_succeeded' as const, orderId: paid.id, paymentRef: paid.payment.intentId };
    const outcomes = await Promise.all([webhook.execute(event), webhook.execute(event), webhook.execute({ ...event, eventId: 'evt_2' })]);
    expect(outcomes.sort()).toEqual(['already_paid', 'already_paid', 'duplicate'].sort());
    expect(kit.orders.eventsOf(paid.id)).toEqual(['order.placed', 'order.paid']);
  });

  it('many deliveries of success events racing each other mark the order paid exactly once', async () => {
    const { kit, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => webhook.execute({ eventId: `evt_${i % 3}`, type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_1' })),
    );
    expect(outcomes.filter((o) => o === 'paid')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(3);
    expect(kit.orders.eventsOf(pending.id).filter((e) => e === 'order.paid')).toHaveLength(1);
  });

  it('a failed payment ends the pending attempt in payment_failed and releases stock and discount; later for a paid order it changes nothing', async () => {
    const { kit, discount, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]], { discount });
    await expect(webhook.execute({ eventId: 'evt_f', type: 'payment_failed', orderId: pending.id, paymentRef: 'pi_1' })).resolves.toBe('payment_failed');
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'payment_failed', cancellationReason: 'payment_declined', payment: { status: 'failed' } });
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.discounts.timesUsed(discount.id)).toBe(0);

    const paid = await placeOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
    await expect(webhook.execute({ eventId: 'evt_g', type: 'payment_failed', orderId: paid.id, paymentRef: 'x' })).resolves.toBe('ignored');
    expect(kit.orders.row(paid.id)?.status).toBe('paid');
  });

  it('records a payment that arrives for an attempt that already failed, with its refund due; the refund from the outbox gives it back once', async () => {
    const { kit, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    await webhook.execute({ eventId: 'evt_f', type: 'payment_failed', orderId: pending.id, paymentRef: null });
    // the provider took the money after all (its charge record is what the refund needs)
    kit.gateway.captured.set('pi_late', { orderId: pending.id, amount: pending.totals.total });
    await expect(webhook.execute({ eventId: 'evt_s', type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_late' })).resolves.toBe('late_payment');
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'payment_failed', payment: { status: 'paid', intentId: 'pi_late' } });
    expect(kit.orders.eventsOf(pending.id).at(-1)).toBe('order.refund_due');
    await expect(webhook.execute({ eventId: 'evt_s2', type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_late' })).resolves.toBe('late_payment_known');

    const refund = new RefundOrderUseCase(kit);
    await refund.execute(pending.id);
    await refund.execute(pending.id);
    expect(kit.gateway.refunded.get('pi_late')?.amount).toEqual(pending.totals.total);
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'payment_failed', payment: { status: 'refunded', intentId: 'pi_late' } });
    expect(kit.gateway.refundCalls).toHaveLength(1);
  });

  it('acknowledges an event for an order that is not ours, reporting it', async () => {
    const { kit, webhook } = setup();
    await expect(webhook.execute({ eventId: 'evt_x', type: 'payment_succeeded', orderId: 'someone-else', paymentRef: 'pi' })).resolves.toBe('unknown_order');
    expect(kit.errors.reports).toHaveLength(1);
  });

  it('gives the event back when processing fails (the claim rolls back with it), so the redelivery is processed', async () => {
    const { kit, webhook } = setup();
    await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    const carts = kit.carts;
    const save = carts.save.bind(carts);
    carts.save = () => Promise.reject(new Error('database went away'));
    const event = { eventId: 'evt_s', type: 'payment_succeeded' as const, orderId: pending.id, paymentRef: 'pi_1' };
    await expect(webhook.execute(event)).rejects.toThrow('database went away');
    expect(kit.processedEvents.has('evt_s')).toBe(false);
    expect(kit.orders.row(pending.id)?.status).toBe('pending'); // the order's change rolled back with it
    carts.save = save;
    await expect(webhook.execute(event)).resolves.toBe('paid');
    expect(kit.orders.eventsOf(pending.id)).toEqual(['order.placed', 'order.paid']);
  });
});
