import { ApplyDiscountCodeUseCase } from '../../cart/apply-discount-code/apply-discount-code.use-case';
import { discountFixture, fillCart, nextTick } from '../../testing';
import { ConfirmPaymentFromWebhookUseCase } from '../confirm-payment-from-webhook/confirm-payment-from-webhook.use-case';
import { PaymentProviderError } from '../ordering.failures';
import { RefundOrderUseCase } from '../refund-order/refund-order.use-case';
import { PlaceOrderUseCase } from './place-order.use-case';
import { KEYBOARD, failure, request, setup } from './place-order.spec-kit';

describe('PlaceOrderUseCase when the payment does not go through', () => {
  describe('a declined payment', () => {
    it('ends the attempt in payment_failed, releases stock and discount, keeps the cart, answers 402 — and replays answer 402 without charging again', async () => {
      const { kit, placeOrder } = setup({ discounts: [discountFixture({ usageLimit: 1 })] });
      await fillCart(kit, 'u-1', [[KEYBOARD, 2]]);
      await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'SAVE10' });
      const cartBefore = kit.carts.row('u-1');

      const error = await failure(placeOrder.execute(request('u-1', 'k', { paymentMethod: 'pm_card_chargeDeclined' })));

      expect(error.kind).toBe('payment_declined');
      expect(error.code).toBe('PAYMENT.DECLINED');
      expect(error.message).toContain('Your card was declined');
      const [order] = kit.orders.all();
      expect(order.status).toBe('payment_failed');
      expect(order.cancellationReason).toBe('payment_declined');
      expect(order.payment.status).toBe('failed');
      expect(kit.orders.eventsOf(order.id)).toEqual(['order.placed', 'order.payment_failed']);
      expect(kit.inventory.heldBy(order.id)).toEqual({});
      expect(kit.inventory.available(KEYBOARD)).toBe(5);
      expect(kit.discounts.timesUsed('d-save10')).toBe(0);
      expect(kit.carts.row('u-1')?.lines).toEqual(cartBefore?.lines);
      expect(kit.carts.row('u-1')?.discountCode).toBe('SAVE10');

      const replay = await failure(placeOrder.execute(request('u-1', 'k', { paymentMethod: 'pm_card_chargeDeclined' })));
      expect(replay.kind).toBe('payment_declined');
      expect(replay.message).toBe(error.message);
      expect(kit.gateway.chargeCalls).toHaveLength(1);

      // Another card with a new key: the limited discount is available again.
      const retry = await placeOrder.execute(request('u-1', 'k2'));
      expect(retry.order.status).toBe('paid');
      expect(retry.order.discount?.code).toBe('SAVE10');
      expect(kit.inventory.available(KEYBOARD)).toBe(3);
    });
  });

  describe('a payment provider that fails or does not answer', () => {
    it('throwing after the reservation: stock restored, the attempt payment_failed, a clear error, and a retry with a new key succeeds', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 2]]);
      kit.gateway.nextCharge('throw');

      const error = await placeOrder.execute(request('u-1', 'k1')).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PaymentProviderError);
      expect((error as PaymentProviderError).code).toBe('PAYMENT.PROVIDER_UNAVAILABLE');
      expect((error as Error).message).toMatch(/did not respond.*try again/);
      expect(kit.inventory.available(KEYBOARD)).toBe(5);
      expect(kit.orders.all().map((o) => [o.status, o.cancellationReason, o.payment.status])).toEqual([['payment_failed', 'payment_failed', 'failed']]);
      expect(kit.carts.row('u-1')?.lines).toHaveLength(1);
      expect(kit.idempotency.responseOf('place_order', 'u-1', 'k1')).toBeUndefined();
      expect(kit.errors.reports.map((r) => r.context.operation)).toEqual(['ordering.checkout.charge']);

      const retry = await placeOrder.execute(request('u-1', 'k2'));
      expect(retry.order.status).toBe('paid');
      expect(kit.inventory.available(KEYBOARD)).toBe(3);
      expect(kit.gateway.chargeCount).toBe(1);
    });

    it('the same key may be retried after an outage, since nothing was charged', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      kit.gateway.nextCharge('throw');
      await expect(placeOrder.execute(request('u-1', 'k'))).rejects.toBeInstanceOf(PaymentProviderError);
      await expect(placeOrder.execute(request('u-1', 'k'))).resolves.toMatchObject({ replayed: false, order: { status: 'paid' } });
    });

    it('a hanging provider times out with the same outcome; its late success is refunded from the outbox when the webhook reports it', async () => {
      const { kit, placeOrder } = setup({ placeOrder: { paymentTimeoutMs: 20 } });
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      kit.gateway.nextCharge('hang');

      await expect(placeOrder.execute(request('u-1', 'k'))).rejects.toBeInstanceOf(PaymentProviderError);
      const [failed] = kit.orders.all();
      expect(failed.status).toBe('payment_failed');
      expect(kit.inventory.available(KEYBOARD)).toBe(5);

      // The provider answers after all: the money was taken for an attempt that had failed...
      const charge = kit.gateway.settleHung('succeed');
      const paymentRef = [...kit.gateway.captured.keys()][0];
      const webhook = new ConfirmPaymentFromWebhookUseCase(kit);
      await expect(webhook.execute({ eventId: 'evt_1', type: 'payment_succeeded', orderId: charge.orderId, paymentRef })).resolves.toBe('late_payment');
      // ...the refund is due in the same transaction, and the outbox's handler gives it back.
      expect(kit.orders.eventsOf(charge.orderId)).toEqual(['order.placed', 'order.payment_failed', 'order.refund_due']);
      await new RefundOrderUseCase(kit).execute(charge.orderId);
      expect(kit.gateway.refunded.get(paymentRef)).toMatchObject({ orderId: charge.orderId });
      expect(kit.orders.row(charge.orderId)).toMatchObject({ status: 'payment_failed', payment: { status: 'refunded', intentId: paymentRef } });
      expect(kit.inventory.available(KEYBOARD)).toBe(5);
    });

    it('converges when the webhook confirms the payment before the synchronous answer: paid once, one order.paid', async () => {
      const { kit } = setup();
      const placeOrder = new PlaceOrderUseCase(kit, { paymentTimeoutMs: 5000 });
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      kit.gateway.nextCharge('hang');
      const pending = placeOrder.execute(request('u-1', 'k'));
      while (kit.gateway.hung.length === 0) await nextTick();
      const orderId = kit.gateway.hung[0].request.orderId;

      const webhook = new ConfirmPaymentFromWebhookUseCase(kit);
      await expect(webhook.execute({ eventId: 'evt_1', type: 'payment_succeeded', orderId, paymentRef: 'pi_from_webhook' })).resolves.toBe('paid');
      kit.gateway.settleHung('succeed');

      const { order } = await pending;
      expect(order.id).toBe(orderId);
      expect(order.status).toBe('paid');
      expect(kit.orders.eventsOf(orderId)).toEqual(['order.placed', 'order.paid']);
      expect(kit.carts.row('u-1')?.lines).toEqual([]);
      expect(kit.inventory.available(KEYBOARD)).toBe(4);
    });

    it('converges when the provider times out but the webhook already confirmed: the order stands', async () => {
      // Only setTimeout is faked, so the timeout fires exactly when told, however loaded the machine is.
      jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'Date'] });
      try {
        const { kit } = setup();
        const placeOrder = new PlaceOrderUseCase(kit, { paymentTimeoutMs: 30 });
        await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
        kit.gateway.nextCharge('hang');
        const pending = placeOrder.execute(request('u-1', 'k'));
        while (kit.gateway.hung.length === 0) await nextTick();
        await new ConfirmPaymentFromWebhookUseCase(kit).execute({
          eventId: 'evt_1',
          type: 'payment_succeeded',
          orderId: kit.gateway.hung[0].request.orderId,
          paymentRef: 'pi_1',
        });
        jest.advanceTimersByTime(30); // now the checkout gives up on the provider

        const { order } = await pending; // ...but the order was paid meanwhile
        expect(order.status).toBe('paid');
        expect(kit.errors.reports.map((r) => r.context.operation)).toEqual(['ordering.checkout.charge']); // it did time out
        expect(kit.orders.eventsOf(order.id)).toEqual(['order.placed', 'order.paid']);
        expect(kit.inventory.available(KEYBOARD)).toBe(4);
        expect(kit.idempotency.responseOf('place_order', 'u-1', 'k')).toEqual({ outcome: 'placed', orderId: order.id });
      } finally {
        jest.useRealTimers();
      }
    });
  });
});
