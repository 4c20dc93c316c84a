import { PricingService } from '../pricing/pricing.service';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import { Order, type PlaceOrderProps } from './order.aggregate';
import { ORDER_STATUSES, ORDER_STATUS_TRANSITIONS, type OrderStatus } from './order-status';
import { ShippingAddress } from './shipping-address.value-object';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const usd = (amount: number) => Money.of(amount, 'USD');
const pricing = new PricingService({ currency: 'USD', shippingFlatRate: 999, freeShippingThreshold: 10000, taxRateBps: 800 });

const LINES = [
  { variantId: 'v-brown', productId: 'p-k2', name: 'Keychron K2 (Brown)', sku: 'KC-K2-BROWN', quantity: 2, unitPrice: usd(2999) },
  { variantId: 'v-cable', productId: 'p-cable', name: 'USB-C cable', sku: 'CABLE-1M', quantity: 1, unitPrice: usd(1250) },
];

function props(overrides: Partial<PlaceOrderProps> = {}): PlaceOrderProps {
  return {
    id: 'o-1',
    number: 'DG-7KQ4M2XH',
    customerId: 'u-1',
    customerEmail: 'ada@example.com',
    lines: LINES,
    totals: pricing.quote(LINES, { code: 'SAVE5', amount: usd(500) }),
    discount: { discountId: 'd-1', code: 'save5' },
    shippingAddress: ShippingAddress.create({ name: 'Ada Lovelace', line1: '12 St James Sq', city: 'London', postalCode: 'SW1Y 4JH', country: 'gb' }),
    payment: { provider: 'local', method: 'pm_card_visa' },
    ...overrides,
  };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

/** An order brought into `status` through the legal path, events pulled. */
function orderIn(status: OrderStatus, options: { paidBeforeCancel?: boolean } = {}): Order {
  const order = Order.place(props(), T0);
  const paths: Record<OrderStatus, Array<(o: Order) => void>> = {
    pending: [],
    paid: [(o) => o.markPaid(at(1), 'pi_1')],
    packed: [(o) => o.markPaid(at(1), 'pi_1'), (o) => o.markPacked(at(2))],
    shipped: [(o) => o.markPaid(at(1), 'pi_1'), (o) => o.markPacked(at(2)), (o) => o.markShipped(at(3), { carrier: 'UPS', trackingNumber: '1Z999' })],
    delivered: [
      (o) => o.markPaid(at(1), 'pi_1'),
      (o) => o.markPacked(at(2)),
      (o) => o.markShipped(at(3), { carrier: 'UPS', trackingNumber: '1Z999' }),
      (o) => o.markDelivered(at(4)),
    ],
    cancelled: options.paidBeforeCancel ? [(o) => o.markPaid(at(1), 'pi_1'), (o) => o.cancel(at(2), 'customer')] : [(o) => o.cancel(at(1), 'customer')],
    refunded: [(o) => o.markPaid(at(1), 'pi_1'), (o) => o.cancel(at(2), 'customer'), (o) => o.markRefunded(at(3), 're_1')],
    payment_failed: [(o) => o.failPayment(at(1), 'payment_declined')],
  };
  for (const step of paths[status]) step(order);
  order.pullEvents();
  return order;
}

/** Each target status through the method that leads there. */
const MOVE_TO: Record<OrderStatus, (o: Order) => void> = {
  pending: () => {
    throw new Error('no method leads back to pending');
  },
  paid: (o) => o.markPaid(at(10), 'pi_2'),
  packed: (o) => o.markPacked(at(10)),
  shipped: (o) => o.markShipped(at(10), { carrier: 'DHL', trackingNumber: 'JD0001' }),
  delivered: (o) => o.markDelivered(at(10)),
  cancelled: (o) => o.cancel(at(10), 'admin'),
  refunded: (o) => o.markRefunded(at(10), 're_2'),
  payment_failed: (o) => o.failPayment(at(10), 'payment_failed'),
};

describe('Order.place', () => {
  it('places a pending order with price snapshots, totals and a history, and records order.placed', () => {
    const order = Order.place(props(), T0);
    expect(order.status).toBe('pending');
    expect(order.number).toBe('DG-7KQ4M2XH');
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount, l.lineTotal.amount])).toEqual([
      ['KC-K2-BROWN', 2, 2999, 5998],
      ['CABLE-1M', 1, 1250, 1250],
    ]);
    const t = order.totals;
    expect([t.subtotal.amount, t.discount.amount, t.shipping.amount, t.tax.amount, t.total.amount]).toEqual([7248, 500, 999, 540, 8287]);
    expect(order.discount).toEqual({ discountId: 'd-1', code: 'SAVE5' });
    expect(order.payment).toEqual({ provider: 'local', method: 'pm_card_visa', status: 'pending', intentId: null, refundRef: null });
    expect(order.statusHistory).toEqual([{ status: 'pending', at: T0 }]);
    expect(order.shippingAddress.country).toBe('GB');
    expect(order.version).toBe(0);

    const events = order.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'order.placed',
      aggregateId: 'o-1',
      occurredAt: T0,
      payload: { number: 'DG-7KQ4M2XH', customerId: 'u-1', total: { amount: 8287, currency: 'USD' }, discountCode: 'SAVE5' },
    });
  });

  it('refuses an order without lines', () => {
    const error = errorOf(() => Order.place(props({ lines: [], totals: pricing.quote([]), discount: null }), T0));
    expect(error.code).toBe('ORDER.EMPTY_CART');
    expect(error.details).toEqual({ items: ['must contain at least one item'] });
  });

  it('refuses totals that do not belong to the lines or do not add up', () => {
    const other = pricing.quote([LINES[0]]);
    expect(errorOf(() => Order.place(props({ totals: other, discount: null }), T0)).details).toEqual({
      'totals.subtotal': ['must equal the sum of the line totals'],
    });
    const good = pricing.quote(LINES);
    expect(errorOf(() => Order.place(props({ totals: { ...good, total: usd(good.total.amount - 1) } }), T0)).details?.totals).toHaveLength(1);
  });

  it('refuses a discounted total without the discount it came from', () => {
    expect(errorOf(() => Order.place(props({ discount: null }), T0)).details).toEqual({ discount: ['must name the discount that takes money off'] });
  });

  it('refuses a malformed number, no payment method and bad lines, all at once', () => {
    const error = errorOf(() =>
      Order.place(
        props({
          number: 'DG-0O1IL',
          payment: { provider: 'local', method: ' ' },
          lines: [{ ...LINES[0], quantity: 0 }, LINES[1]],
        }),
        T0,
      ),
    );
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['items.0.quantity', 'number', 'paymentMethod']);
  });

  it('round-trips through its snapshot', () => {
    const order = orderIn('shipped');
    const snapshot = { ...order.toSnapshot(), version: 3 };
    expect(Order.restore(snapshot).toSnapshot()).toEqual(snapshot);
  });
});

describe('Order status machine', () => {
  it('is exactly the machine of CONTRACT.md', () => {
    expect(ORDER_STATUS_TRANSITIONS).toEqual({
      pending: ['paid', 'cancelled', 'payment_failed'],
      paid: ['packed', 'cancelled'],
      packed: ['shipped'],
      shipped: ['delivered'],
      delivered: [],
      cancelled: ['refunded'],
      refunded: [],
      payment_failed: [],
    });
  });

  it('walks pending -> paid -> packed -> shipped -> delivered with a history and one event per step', () => {
    const order = Order.place(props(), T0);
    order.pullEvents();
    order.markPaid(at(1), 'pi_123');
    order.markPacked(at(2));
    order.markShipped(at(3), { carrier: ' UPS ', trackingNumber: '1Z999AA10123456784' });
    order.markDelivered(at(4));
    expect(order.status).toBe('delivered');
    expect(order.statusHistory).toEqual([
      { status: 'pending', at: T0 },
      { status: 'paid', at: at(1) },
      { status: 'packed', at: at(2) },
      { status: 'shipped', at: at(3) },
      { status: 'delivered', at: at(4) },
    ]);
    expect(order.payment).toMatchObject({ status: 'paid', intentId: 'pi_123' });
    expect(order.paidAt).toEqual(at(1));
    expect(order.shipment).toEqual({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    const events = order.pullEvents();
    expect(events.map((e) => e.name)).toEqual(['order.paid', 'order.packed', 'order.shipped', 'order.delivered']);
    expect(events[2].payload).toEqual({ number: 'DG-7KQ4M2XH', customerId: 'u-1', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    expect(order.updatedAt).toEqual(at(4));
  });

  it('ships with the carrier and tracking number together, never with one of them blank or alone', () => {
    const order = orderIn('packed');
    const error = errorOf(() => order.markShipped(at(5), { carrier: '', trackingNumber: ' ' }));
    expect(error.details).toEqual({ carrier: ['must not be blank'], trackingNumber: ['must not be blank'] });
    const alone = errorOf(() => order.markShipped(at(5), { carrier: 'UPS' }));
    expect(Object.keys(alone.details ?? {})).toEqual(['trackingNumber']);
    expect(order.status).toBe('packed');
  });

  it('ships without tracking details when none are given (an admin hands it over in person)', () => {
    const order = orderIn('packed');
    order.pullEvents();
    order.markShipped(at(5));
    expect(order.status).toBe('shipped');
    expect(order.shipment).toBeNull();
    expect(order.pullEvents()[0].payload).toEqual({ number: order.number, customerId: 'u-1', carrier: null, trackingNumber: null });
  });

  const states: Array<[string, () => Order]> = [
    ['pending', () => orderIn('pending')],
    ['paid', () => orderIn('paid')],
    ['packed', () => orderIn('packed')],
    ['shipped', () => orderIn('shipped')],
    ['delivered', () => orderIn('delivered')],
    ['cancelled (unpaid)', () => orderIn('cancelled')],
    ['cancelled (paid)', () => orderIn('cancelled', { paidBeforeCancel: true })],
    ['refunded', () => orderIn('refunded')],
    ['payment_failed', () => orderIn('payment_failed')],
  ];
  const legal: Record<string, OrderStatus[]> = {
    pending: ['paid', 'cancelled', 'payment_failed'],
    paid: ['packed', 'cancelled'],
    packed: ['shipped'],
    shipped: ['delivered'],
    delivered: [],
    'cancelled (unpaid)': [], // nothing was paid: nothing to refund
    'cancelled (paid)': ['refunded'],
    refunded: [],
    payment_failed: [],
  };

  const cases = states.flatMap(([label, make]) =>
    ORDER_STATUSES.filter((to) => to !== 'pending').map((to) => [label, to, make, legal[label].includes(to)] as const),
  );

  it.each(cases)('%s -> %s', (_label, to, make, allowed) => {
    const order = make();
    const before = order.toSnapshot();
    if (allowed) {
      MOVE_TO[to](order);
      expect(order.status).toBe(to);
      expect(order.statusHistory.at(-1)).toEqual({ status: to, at: at(10) });
      return;
    }
    const error = errorOf(() => MOVE_TO[to](order));
    expect(error.kind).toBe('invalid_state');
    expect(error.code).toBe('ORDER.INVALID_TRANSITION');
    expect(error.message).toContain(`from ${before.status} to ${to}`);
    expect(error.details?.status?.[0]).toContain(`cannot change from ${before.status} to ${to}`);
    expect(order.toSnapshot()).toEqual(before); // untouched
    expect(order.pullEvents()).toEqual([]);
  });
});

describe('Order cancellation, refunds and expiry', () => {
  it('cancels a pending order: nothing to refund, its stock no longer held', () => {
    const order = orderIn('pending');
    order.cancel(at(1), 'customer');
    expect(order.status).toBe('cancelled');
    expect(order.cancellationReason).toBe('customer');
    expect(order.refundDue).toBe(false);
    expect(order.holdsPayment).toBe(false);
    expect(order.holdsStock).toBe(false);
    expect(order.pullEvents()).toEqual([
      expect.objectContaining({ name: 'order.cancelled', payload: expect.objectContaining({ from: 'pending', reason: 'customer', refundDue: false }) }),
    ]);
  });

  it('ends a declined attempt in payment_failed, not cancelled: payment failed, stock no longer held', () => {
    const order = orderIn('pending');
    order.failPayment(at(1), 'payment_declined', 'Your card was declined.');
    expect(order.status).toBe('payment_failed');
    expect(order.cancellationReason).toBe('payment_declined');
    expect(order.payment.status).toBe('failed');
    expect(order.holdsStock).toBe(false);
    expect(order.refundDue).toBe(false);
    expect(order.statusHistory.map((h) => h.status)).toEqual(['pending', 'payment_failed']);
    expect(order.pullEvents()).toEqual([
      expect.objectContaining({
        name: 'order.payment_failed',
        payload: expect.objectContaining({ reason: 'payment_declined', message: 'Your card was declined.' }),
      }),
    ]);
  });

  it('allows payment_failed only from pending, and only with a payment failure reason', () => {
    expect(errorOf(() => orderIn('paid').failPayment(at(1), 'payment_declined')).kind).toBe('invalid_state');
    expect(errorOf(() => orderIn('pending').failPayment(at(1), 'customer' as never)).details?.reason).toHaveLength(1);
    expect(errorOf(() => orderIn('pending').cancel(at(1), 'payment_declined' as never)).details?.reason).toHaveLength(1);
    const failed = orderIn('pending');
    failed.failPayment(at(1), 'payment_interrupted');
    for (const move of [() => failed.markPaid(at(2)), () => failed.cancel(at(2), 'customer'), () => failed.markRefunded(at(2))]) {
      expect(errorOf(move).kind).toBe('invalid_state');
    }
  });

  it('cancels a paid order with a refund due, then records the refund', () => {
    const order = orderIn('paid');
    order.cancel(at(5), 'customer');
    expect(order.refundDue).toBe(true);
    expect(order.holdsPayment).toBe(true);
    expect(order.payment.status).toBe('paid');
    order.markRefunded(at(6), 're_42');
    expect(order.status).toBe('refunded');
    expect(order.payment).toMatchObject({ status: 'refunded', refundRef: 're_42' });
    expect(order.holdsPayment).toBe(false);
    expect(order.pullEvents().map((e) => [e.name, (e.payload as { refundDue?: boolean; latePayment?: boolean })])).toEqual([
      ['order.cancelled', expect.objectContaining({ from: 'paid', refundDue: true })],
      ['order.refund_due', expect.objectContaining({ latePayment: false, amount: { amount: 8287, currency: 'USD' } })],
      ['order.refunded', expect.objectContaining({ latePayment: false, amount: { amount: 8287, currency: 'USD' } })],
    ]);
  });

  it('refuses an unknown cancellation reason', () => {
    expect(errorOf(() => orderIn('pending').cancel(at(1), 'bored' as never)).details?.reason).toHaveLength(1);
  });

  it.each(['cancelled', 'payment_failed'] as const)('records a late payment on an order that ended unpaid (%s) as a refund due, keeping its status', (status) => {
    const order = orderIn('pending');
    if (status === 'cancelled') order.cancel(at(1), 'customer');
    else order.failPayment(at(1), 'payment_failed');
    order.pullEvents();
    expect(order.recordLatePayment(at(3), 'pi_late')).toBe(true);
    expect(order.refundDue).toBe(true);
    expect(order.pullEvents()).toEqual([expect.objectContaining({ name: 'order.refund_due', payload: expect.objectContaining({ latePayment: true, paymentRef: 'pi_late' }) })]);
    expect(order.recordLatePayment(at(3), 'pi_late')).toBe(false); // a redelivered event
    expect(order.pullEvents()).toEqual([]);
    order.markRefunded(at(4), 're_late');
    expect(order.status).toBe(status);
    expect(order.payment).toMatchObject({ status: 'refunded', intentId: 'pi_late', refundRef: 're_late' });
    expect(order.refundDue).toBe(false);
    expect(order.pullEvents()[0]).toMatchObject({ name: 'order.refunded', payload: { latePayment: true } });
    expect(order.recordLatePayment(at(5), 'pi_late')).toBe(false);
    expect(errorOf(() => order.markRefunded(at(5), 're_late')).kind).toBe('invalid_state');
    expect(errorOf(() => orderIn('paid').recordLatePayment(at(4), null)).kind).toBe('invalid_state');
  });

  it('expires a pending order once the payment timeout has passed, and nothing else', () => {
    const order = orderIn('pending');
    expect(order.expireIfUnpaid(at(29), 30)).toBe(false);
    expect(order.status).toBe('pending');
    expect(order.expireIfUnpaid(at(30), 30)).toBe(true);
    expect(order.status).toBe('cancelled');
    expect(order.cancellationReason).toBe('expired');
    expect(order.expireIfUnpaid(at(90), 30)).toBe(false);

    const paid = orderIn('paid');
    expect(paid.expireIfUnpaid(at(600), 30)).toBe(false);
    expect(paid.status).toBe('paid');
    expect(errorOf(() => orderIn('pending').expireIfUnpaid(at(1), 0)).code).toBe('ORDER.INVALID');
  });
});
