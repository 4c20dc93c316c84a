import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, fillCart, pendingOrderFixture, placeOrderFixture } from '../../testing';
import { PaymentProviderError } from '../ordering.failures';
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

  it('a failed payment cancels the pending order and releases stock and discount; later for a paid order it changes nothing', async () => {
    const { kit, discount, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 2]], { discount });
    await expect(webhook.execute({ eventId: 'evt_f', type: 'payment_failed', orderId: pending.id, paymentRef: 'pi_1' })).resolves.toBe('cancelled');
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'cancelled', cancellationReason: 'payment_declined', payment: { status: 'failed' } });
    expect(kit.inventory.available(KEYBOARD)).toBe(5);
    expect(kit.discounts.timesUsed(discount.id)).toBe(0);

    const paid = await placeOrderFixture(kit, 'u-2', [[KEYBOARD, 1]]);
    await expect(webhook.execute({ eventId: 'evt_g', type: 'payment_failed', orderId: paid.id, paymentRef: 'x' })).resolves.toBe('ignored');
    expect(kit.orders.row(paid.id)?.status).toBe('paid');
  });

  it('refunds a payment that arrives for an order already cancelled unpaid', async () => {
    const { kit, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    await webhook.execute({ eventId: 'evt_f', type: 'payment_failed', orderId: pending.id, paymentRef: null });
    // the provider took the money after all (its charge record is what the refund needs)
    kit.gateway.captured.set('pi_late', { orderId: pending.id, amount: pending.totals.total });
    await expect(webhook.execute({ eventId: 'evt_s', type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_late' })).resolves.toBe('refunded_late');
    expect(kit.gateway.refunded.get('pi_late')?.amount).toEqual(pending.totals.total);
    expect(kit.orders.row(pending.id)).toMatchObject({ status: 'cancelled', payment: { status: 'refunded', intentId: 'pi_late' } });
    await expect(webhook.execute({ eventId: 'evt_s2', type: 'payment_succeeded', orderId: pending.id, paymentRef: 'pi_late' })).resolves.toBe('already_refunded');
    expect(kit.gateway.refundCalls).toHaveLength(1);
  });

  it('acknowledges an event for an order that is not ours, reporting it', async () => {
    const { kit, webhook } = setup();
    await expect(webhook.execute({ eventId: 'evt_x', type: 'payment_succeeded', orderId: 'someone-else', paymentRef: 'pi' })).resolves.toBe('unknown_order');
    expect(kit.errors.reports).toHaveLength(1);
  });

  it('gives the event back when processing fails, so the redelivery is processed', async () => {
    const { kit, webhook } = setup();
    const pending = await pendingOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    await webhook.execute({ eventId: 'evt_f', type: 'payment_failed', orderId: pending.id, paymentRef: null });
    kit.gateway.setRefundBehaviour('throw');
    kit.gateway.captured.set('pi_late', { orderId: pending.id, amount: pending.totals.total });
    const event = { eventId: 'evt_s', type: 'payment_succeeded' as const, orderId: pending.id, paymentRef: 'pi_late' };
    await expect(webhook.execute(event)).rejects.toBeInstanceOf(PaymentProviderError);
    expect(kit.processedEvents.has('evt_s')).toBe(false);
    kit.gateway.setRefundBehaviour('succeed');
    await expect(webhook.execute(event)).resolves.toBe('refunded_late');
  });
});
