import { DomainError, Money, isConsistentPriceBreakdown } from '@devgear/domain';
import { ApplyDiscountCodeUseCase } from '../../cart/apply-discount-code/apply-discount-code.use-case';
import { SHIPPING_ADDRESS, SequentialOrderNumberGenerator, discountFixture, fillCart, nextTick } from '../../testing';
import { PlaceOrderUseCase } from './place-order.use-case';
import { CABLE, KEYBOARD, failure, pendingOrders, request, setup } from './place-order.spec-kit';

describe('PlaceOrderUseCase', () => {
  describe('a successful checkout', () => {
    it('reserves stock, places the order with price snapshots, charges once, marks it paid and empties the cart', async () => {
      const { kit, placeOrder } = setup({ taxRateBps: 825 });
      await fillCart(kit, 'u-1', [[KEYBOARD, 2], [CABLE, 1]]);

      const { order, replayed } = await placeOrder.execute(request('u-1', 'key-1'));

      expect(replayed).toBe(false);
      expect(order.status).toBe('paid');
      expect(order.number).toBe('DG-22222223');
      expect(order.customerEmail).toBe('u-1@example.com');
      expect(order.lines.map((l) => [l.variantId, l.name, l.quantity, l.unitPrice.amount])).toEqual([
        [KEYBOARD, 'Keychron K2 (Variant 1)', 2, 8999],
        [CABLE, 'USB-C Cable (Variant 1)', 1, 1500],
      ]);
      const t = order.totals;
      // 19498 subtotal, free shipping, 8.25% tax = 1608.585 -> 1609
      expect([t.subtotal.amount, t.discount.amount, t.shipping.amount, t.tax.amount, t.total.amount]).toEqual([19498, 0, 0, 1609, 21107]);
      expect(isConsistentPriceBreakdown(t)).toBe(true);
      expect(order.payment).toMatchObject({ provider: 'fake', method: 'pm_card_visa', status: 'paid', intentId: 'pi_fake_1' });
      expect(order.statusHistory.map((h) => h.status)).toEqual(['pending', 'paid']);

      expect(kit.inventory.available(KEYBOARD)).toBe(3);
      expect(kit.inventory.available(CABLE)).toBe(99);
      expect(kit.gateway.chargeCalls).toHaveLength(1);
      expect(kit.gateway.chargeCalls[0]).toMatchObject({ orderId: order.id, amount: t.total, idempotencyKey: `order:${order.id}:charge` });
      expect(kit.carts.row('u-1')?.lines).toEqual([]);
      expect(kit.orders.eventsOf(order.id)).toEqual(['order.placed', 'order.paid']);
      expect(kit.idempotency.responseOf('place_order', 'u-1', 'key-1')).toEqual({ outcome: 'placed', orderId: order.id });
      expect(kit.errors.reports).toEqual([]);
    });

    it('charges the prices of now, not those the cart saw', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      kit.inventory.setPrice(KEYBOARD, 7999);
      const { order } = await placeOrder.execute(request('u-1', 'k'));
      expect(order.lines[0].unitPrice.amount).toBe(7999);
      expect(order.totals.total.amount).toBe(7999 + 999);
    });

    it('applies the cart discount, or the one in the request instead, and uses it once', async () => {
      const { kit, placeOrder } = setup({ discounts: [discountFixture(), discountFixture({ id: 'd-fixed', code: 'TENOFF', type: 'fixed', value: Money.of(1000, 'USD') })] });
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'save10' });
      const { order } = await placeOrder.execute(request('u-1', 'k1'));
      expect(order.discount).toEqual({ discountId: 'd-save10', code: 'SAVE10' });
      expect(order.totals.discount.amount).toBe(900); // 899.9 rounds half-up
      expect(kit.discounts.timesUsed('d-save10')).toBe(1);
      expect(kit.carts.row('u-1')?.discountCode).toBeNull();

      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      const second = await placeOrder.execute(request('u-1', 'k2', { discountCode: 'tenoff' }));
      expect(second.order.discount?.code).toBe('TENOFF');
      expect(second.order.totals.discount.amount).toBe(1000);
    });

    it('picks another order number when the generated one is taken', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[CABLE, 1]]);
      const first = await placeOrder.execute(request('u-1', 'k1'));
      kit.orderNumbers = new SequentialOrderNumberGenerator([first.order.number]);
      const again = new PlaceOrderUseCase(kit, { paymentTimeoutMs: 200 });
      await fillCart(kit, 'u-2', [[CABLE, 1]]);
      const second = await again.execute(request('u-2', 'k1'));
      expect(second.order.number).not.toBe(first.order.number);
      expect(kit.orders.all()).toHaveLength(2);
    });
  });

  describe('validation before anything happens', () => {
    it('reports every bad field of the request at once', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[CABLE, 1]]);
      const error = await failure(
        placeOrder.execute(request('u-1', ' ', { paymentMethod: '', shippingAddress: { ...SHIPPING_ADDRESS, country: 'XX', city: '' } })),
      );
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.details ?? {}).sort()).toEqual(['idempotencyKey', 'paymentMethod', 'shippingAddress.city', 'shippingAddress.country']);
      expect(kit.inventory.reserveCalls).toBe(0);
    });

    it('refuses an empty cart and frees the key for a retry once the cart is filled', async () => {
      const { kit, placeOrder } = setup();
      const error = await failure(placeOrder.execute(request('u-1', 'k')));
      expect(error.code).toBe('ORDER.EMPTY_CART');
      expect(error.details).toEqual({ cart: ['is empty'] });
      await fillCart(kit, 'u-1', [[CABLE, 1]]);
      await expect(placeOrder.execute(request('u-1', 'k'))).resolves.toMatchObject({ replayed: false });
    });

    it('refuses a cart with lines no longer sold, naming them, before reserving anything', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1], [CABLE, 2]]);
      kit.inventory.archiveProduct('p-kb');
      kit.inventory.removeVariant(CABLE);
      const error = await failure(placeOrder.execute(request('u-1', 'k')));
      expect(error.kind).toBe('out_of_stock');
      expect(error.details).toEqual({ [KEYBOARD]: ['is no longer sold'], [CABLE]: ['no longer exists'] });
      expect(kit.inventory.reserveCalls).toBe(0);
      expect(kit.orders.all()).toEqual([]);
    });

    it('refuses an invalid discount code with 422 naming discount_code, reserving nothing', async () => {
      const { kit, placeOrder } = setup({ discounts: [discountFixture({ endsAt: new Date('2025-02-01T00:00:00Z') })] });
      await fillCart(kit, 'u-1', [[CABLE, 1]]);
      const error = await failure(placeOrder.execute(request('u-1', 'k', { discountCode: 'SAVE10' })));
      expect(error.kind).toBe('invalid_discount');
      expect(error.code).toBe('DISCOUNT.EXPIRED');
      expect(Object.keys(error.details ?? {})).toEqual(['discountCode']);
      const unknown = await failure(placeOrder.execute(request('u-1', 'k2', { discountCode: 'NOPE' })));
      expect(unknown.code).toBe('DISCOUNT.UNKNOWN');
      expect(kit.inventory.reserveCalls).toBe(0);
    });

    it('fails with 409 OUT_OF_STOCK naming the short variant when stock ran out since the cart was filled', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 3], [CABLE, 1]]);
      kit.inventory.setAvailable(KEYBOARD, 2);
      const error = await failure(placeOrder.execute(request('u-1', 'k')));
      expect(error.kind).toBe('out_of_stock');
      expect(error.details).toEqual({ [KEYBOARD]: ['only 2 available'] });
      expect(kit.inventory.available(CABLE)).toBe(100); // all or nothing
      expect(kit.gateway.chargeCalls).toHaveLength(0);
    });
  });

  describe('idempotency', () => {
    it('answers a replay of the same key and body with the same order, without charging again', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      const first = await placeOrder.execute(request('u-1', 'k'));
      const replay = await placeOrder.execute(request('u-1', 'k', { shippingAddress: { ...SHIPPING_ADDRESS, country: 'gb', line2: '' } }));
      expect(replay.replayed).toBe(true);
      expect(replay.order.id).toBe(first.order.id);
      expect(replay.order.status).toBe('paid');
      expect(kit.gateway.chargeCalls).toHaveLength(1);
      expect(kit.orders.all()).toHaveLength(1);
    });

    it('refuses the same key with a different body (409)', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      await placeOrder.execute(request('u-1', 'k'));
      const error = await failure(placeOrder.execute(request('u-1', 'k', { paymentMethod: 'pm_card_mastercard' })));
      expect(error.kind).toBe('conflict');
      expect(error.code).toBe('ORDER.IDEMPOTENCY_KEY_REUSED');
      expect(kit.gateway.chargeCalls).toHaveLength(1);
    });

    it('keeps keys per customer', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      await fillCart(kit, 'u-2', [[KEYBOARD, 1]]);
      const a = await placeOrder.execute(request('u-1', 'same-key'));
      const b = await placeOrder.execute(request('u-2', 'same-key'));
      expect(a.order.id).not.toBe(b.order.id);
      expect(b.replayed).toBe(false);
    });

    it('10 concurrent requests with one key make one order and ONE gateway call', async () => {
      const { kit, placeOrder } = setup();
      await fillCart(kit, 'u-1', [[KEYBOARD, 2]]);
      const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder.execute(request('u-1', 'double-click'))));
      expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(results.every((r) => r.order.status === 'paid')).toBe(true);
      expect(kit.gateway.chargeCalls).toHaveLength(1);
      expect(kit.orders.all()).toHaveLength(1);
      expect(kit.inventory.available(KEYBOARD)).toBe(3);
    });

    it('gives up waiting for a request that is still running with 409 REQUEST_IN_PROGRESS', async () => {
      const { kit } = setup();
      const placeOrder = new PlaceOrderUseCase(kit, { paymentTimeoutMs: 5000, inProgressPollMs: 2, inProgressWaitMs: 20 });
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      kit.gateway.nextCharge('hang');
      const first = placeOrder.execute(request('u-1', 'k'));
      while (kit.gateway.hung.length === 0) await nextTick();
      const error = await failure(placeOrder.execute(request('u-1', 'k')));
      expect(error.code).toBe('ORDER.REQUEST_IN_PROGRESS');
      kit.gateway.settleHung('succeed');
      await expect(first).resolves.toMatchObject({ replayed: false });
    });
  });

  describe('no oversell under concurrency', () => {
    it('40 customers racing for 5 units: exactly 5 paid orders, stock 0, the others 409 OUT_OF_STOCK', async () => {
      const { kit, placeOrder } = setup({ keyboards: 5 });
      const customers = Array.from({ length: 40 }, (_, i) => `u-${i}`);
      for (const customer of customers) await fillCart(kit, customer, [[KEYBOARD, 1]]);

      const results = await Promise.allSettled(customers.map((c) => placeOrder.execute(request(c, `key-${c}`))));

      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(5);
      expect(lost.every((r) => r.reason instanceof DomainError && r.reason.kind === 'out_of_stock')).toBe(true);
      expect((lost[0].reason as DomainError).details).toEqual({ [KEYBOARD]: ['only 0 available'] });
      expect(kit.inventory.available(KEYBOARD)).toBe(0);
      expect(kit.orders.all().filter((o) => o.status === 'paid')).toHaveLength(5);
      expect(pendingOrders(kit)).toEqual([]);
      expect(kit.gateway.chargeCount).toBe(5);
    });

    it('several units per order: never more sold than there is', async () => {
      const { kit, placeOrder } = setup({ keyboards: 7 });
      const customers = Array.from({ length: 12 }, (_, i) => `u-${i}`);
      for (const customer of customers) await fillCart(kit, customer, [[KEYBOARD, 2], [CABLE, 1]]);
      const results = await Promise.allSettled(customers.map((c) => placeOrder.execute(request(c, c))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      expect(kit.inventory.available(KEYBOARD)).toBe(1);
      expect(kit.inventory.available(CABLE)).toBe(97); // cables of refused orders were never taken
    });
  });

  describe('discount limits under concurrency', () => {
    it('usage_limit 3 with 10 customers checking out at once: exactly 3 get it, the others 422 with their stock back', async () => {
      const { kit, placeOrder } = setup({ keyboards: 50, discounts: [discountFixture({ usageLimit: 3 })] });
      const customers = Array.from({ length: 10 }, (_, i) => `u-${i}`);
      const apply = new ApplyDiscountCodeUseCase(kit);
      for (const customer of customers) {
        await fillCart(kit, customer, [[KEYBOARD, 1]]);
        await apply.execute({ customerId: customer, code: 'SAVE10' }); // valid for everyone until used
      }

      const results = await Promise.allSettled(customers.map((c) => placeOrder.execute(request(c, c))));

      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(3);
      expect(lost.map((r) => (r.reason as DomainError).code)).toEqual(Array(7).fill('DISCOUNT.EXHAUSTED'));
      expect((lost[0].reason as DomainError).kind).toBe('invalid_discount');
      expect(kit.discounts.timesUsed('d-save10')).toBe(3);
      expect(kit.discounts.redemptions('d-save10')).toHaveLength(3);
      expect(kit.inventory.available(KEYBOARD)).toBe(47);
      expect(kit.orders.all()).toHaveLength(3);
      expect(kit.gateway.chargeCount).toBe(3);
    });

    it('per_customer_limit 1 holds when one customer checks out twice at once with different keys', async () => {
      const { kit, placeOrder } = setup({ keyboards: 10, discounts: [discountFixture({ perCustomerLimit: 1 })] });
      await fillCart(kit, 'u-1', [[KEYBOARD, 1]]);
      const results = await Promise.allSettled([
        placeOrder.execute(request('u-1', 'a', { discountCode: 'SAVE10' })),
        placeOrder.execute(request('u-1', 'b', { discountCode: 'SAVE10' })),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect((lost?.reason as DomainError).code).toBe('DISCOUNT.ALREADY_USED');
      expect(kit.discounts.timesUsed('d-save10')).toBe(1);
      expect(kit.inventory.available(KEYBOARD)).toBe(9);
    });
  });
});
