import { DomainError, STOCK_HOLDING_STATUSES } from '@devgear/domain';
import type { CrashPoint as Point } from '../../ports/crash-points.port';
import { ApplyDiscountCodeUseCase } from '../../cart/apply-discount-code/apply-discount-code.use-case';
import { SHIPPING_ADDRESS, SimulatedCrash, checkoutTestKit, discountFixture, fillCart, productFixture, type CheckoutTestKit } from '../../testing';
import { CancelOrderUseCase } from '../cancel-order/cancel-order.use-case';
import { ConfirmPaymentFromWebhookUseCase } from '../confirm-payment-from-webhook/confirm-payment-from-webhook.use-case';
import { ExpireUnpaidOrdersUseCase } from '../expire-unpaid-orders/expire-unpaid-orders.use-case';
import { PlaceOrderUseCase, type PlaceOrderInput } from '../place-order/place-order.use-case';
import { RefundOrderUseCase } from '../refund-order/refund-order.use-case';
import { SettleInterruptedCheckoutsUseCase } from './settle-interrupted-checkouts.use-case';

const KEYBOARD = 'p-kb-v1';
const STOCK = 5;
const STALE_MS = 45_000;

function setup() {
  const products = [productFixture({ id: 'p-kb', name: 'Keychron K2', categoryId: 'c', variants: [{ sku: 'K2', price: 8999, available: STOCK }] })];
  return checkoutTestKit({ products, discounts: [discountFixture({ usageLimit: 10 })] });
}

const placeOrder = (kit: CheckoutTestKit) => new PlaceOrderUseCase({ ...kit, crash: kit.crash }, { paymentTimeoutMs: 1000, inProgressWaitMs: 0 });
const recoveryJob = (kit: CheckoutTestKit) => new SettleInterruptedCheckoutsUseCase(kit, { staleAfterMs: STALE_MS });

function request(key: string, paymentMethod = 'pm_card_visa'): PlaceOrderInput {
  return { customerId: 'u-1', customerEmail: 'u-1@example.com', idempotencyKey: key, shippingAddress: SHIPPING_ADDRESS, paymentMethod };
}

/** "The outbox after a restart": every refund that became due is made. */
async function runRefunds(kit: CheckoutTestKit): Promise<void> {
  const due = new Set(kit.orders.outbox.filter((e) => e.name === 'order.refund_due').map((e) => e.aggregateId));
  for (const orderId of due) await new RefundOrderUseCase(kit).execute(orderId);
}

/**
 * The books of CONTRACT.md's "Atomicity": initial stock = available + units held by live orders
 * (sold ones included); an order holds units exactly while its status says so; the discount is used
 * once per order that keeps it; every paid order has exactly one 'order.paid'; money taken and not
 * given back belongs to a paid order.
 */
function expectBalancedBooks(kit: CheckoutTestKit): void {
  const orders = kit.orders.all();
  const held = orders.reduce((sum, o) => sum + (kit.inventory.heldBy(o.id)[KEYBOARD] ?? 0), 0);
  expect(kit.inventory.available(KEYBOARD) + held).toBe(STOCK);
  for (const o of orders) {
    const holds = (kit.inventory.heldBy(o.id)[KEYBOARD] ?? 0) > 0;
    expect([o.status, holds]).toEqual([o.status, STOCK_HOLDING_STATUSES.includes(o.status)]);
  }
  const keepsDiscount = orders.filter((o) => o.discount && (STOCK_HOLDING_STATUSES.includes(o.status) || o.paidAt !== null));
  expect(kit.discounts.timesUsed('d-save10')).toBe(keepsDiscount.length);
  for (const o of orders) {
    const paidEvents = kit.orders.eventsOf(o.id).filter((n) => n === 'order.paid').length;
    expect([o.number, paidEvents]).toEqual([o.number, o.paidAt !== null ? 1 : 0]);
  }
  const kept = [...kit.gateway.captured.entries()].filter(([ref]) => !kit.gateway.refunded.has(ref));
  for (const [, { orderId }] of kept) expect(kit.orders.row(orderId)?.paidAt).not.toBeNull();
  // A key never maps to two orders: one customer, one key per test, at most one order that counts.
  expect(orders.filter((o) => o.status !== 'payment_failed').length).toBeLessThanOrEqual(1);
}

async function crashCheckout(kit: CheckoutTestKit, point: Point, key: string, method?: string): Promise<void> {
  await fillCart(kit, 'u-1', [[KEYBOARD, 2]]);
  await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'SAVE10' });
  kit.crash.arm(point);
  const error = await placeOrder(kit).execute(request(key, method)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SimulatedCrash);
}

/** After the restart: the recovery job runs once its keys are stale, then the refunds from the outbox. */
async function restartAndRecover(kit: CheckoutTestKit) {
  kit.clock.advance(STALE_MS + 1000);
  const result = await recoveryJob(kit).execute();
  await runRefunds(kit);
  return result;
}

describe('A checkout cut off by a crash at each step', () => {
  const cases: Array<[Point, string, 'paid' | 'declined' | 'fresh']> = [
    // [crash point, payment method, what the replay of the key gets after the recovery]
    ['checkout.in_reserve', 'pm_card_visa', 'fresh'],
    ['checkout.after_reserve', 'pm_card_visa', 'fresh'],
    ['checkout.after_charge', 'pm_card_visa', 'paid'],
    ['checkout.in_settle', 'pm_card_visa', 'paid'],
    ['checkout.after_settle', 'pm_card_visa', 'paid'],
    ['checkout.after_charge', 'pm_card_chargeDeclined', 'declined'],
    ['checkout.in_settle', 'pm_card_chargeDeclined', 'declined'],
  ];

  it.each(cases)('%s (%s): the books balance and the key answers with the real outcome (%s)', async (point, method, outcome) => {
    const kit = setup();
    await crashCheckout(kit, point, 'k', method);
    if (point === 'checkout.in_reserve') {
      expect(kit.orders.all()).toEqual([]); // the first transaction rolled back whole
      expect(kit.inventory.available(KEYBOARD)).toBe(STOCK);
    }

    await restartAndRecover(kit);
    expectBalancedBooks(kit);
    expect(kit.orders.all().filter((o) => o.status === 'pending')).toEqual([]); // nothing stranded

    const replay = await placeOrder(kit)
      .execute(request('k', method))
      .catch((e: unknown) => e);
    if (outcome === 'declined') {
      expect(replay).toBeInstanceOf(DomainError);
      expect((replay as DomainError).kind).toBe('payment_declined');
      expect(kit.gateway.chargeCalls).toHaveLength(1);
    } else if (outcome === 'paid') {
      expect(replay).toMatchObject({ replayed: true, order: { status: 'paid' } });
      expect(kit.gateway.chargeCount).toBe(1);
      expect(kit.carts.row('u-1')?.lines).toEqual([]);
    } else {
      // Nothing had been charged: the same key runs as a fresh attempt, once.
      expect(replay).toMatchObject({ replayed: false, order: { status: 'paid' } });
      expect(kit.gateway.chargeCount).toBe(1);
    }
    expectBalancedBooks(kit);
    expect(kit.orders.all().filter((o) => o.status === 'paid')).toHaveLength(outcome === 'declined' ? 0 : 1);
  });

  it('leaves keys of live requests alone: only keys older than any live request are settled', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_reserve', 'k');
    kit.clock.advance(STALE_MS - 1000);
    expect(await recoveryJob(kit).execute()).toEqual({ settled: [], failed: [] });
    expect(kit.orders.all().map((o) => o.status)).toEqual(['pending']);
    kit.clock.advance(2000);
    const result = await recoveryJob(kit).execute();
    expect(result.settled).toEqual([{ key: 'k', orderId: kit.orders.all()[0].id, outcome: 'released' }]);
    expect(kit.orders.all()[0]).toMatchObject({ status: 'payment_failed', cancellationReason: 'payment_interrupted' });
  });

  it('a replay that finds its key stale settles it at once instead of answering "still being processed"', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_charge', 'k');
    const early = await placeOrder(kit)
      .execute(request('k'))
      .catch((e: unknown) => e);
    expect((early as DomainError).code).toBe('ORDER.REQUEST_IN_PROGRESS');
    kit.clock.advance(STALE_MS);
    await expect(placeOrder(kit).execute(request('k'))).resolves.toMatchObject({ replayed: true, order: { status: 'paid' } });
    expect(kit.gateway.findCalls).toHaveLength(1);
    expectBalancedBooks(kit);
  });

  it('keeps a key whose provider cannot tell now for the next run, reporting it', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_reserve', 'k');
    kit.gateway.setFindBehaviour('throw');
    const first = await restartAndRecover(kit);
    expect(first).toEqual({ settled: [], failed: ['k'] });
    expect(kit.errors.reports.map((r) => r.context.operation)).toEqual(['ordering.settle_interrupted_checkout']);
    expect(kit.orders.all().map((o) => o.status)).toEqual(['pending']);
    kit.gateway.setFindBehaviour('answer');
    expect((await recoveryJob(kit).execute()).settled.map((s) => s.outcome)).toEqual(['released']);
    expectBalancedBooks(kit);
  });

  it('converges with a webhook that paid the order before the recovery ran', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_charge', 'k');
    const [order] = kit.orders.all();
    await new ConfirmPaymentFromWebhookUseCase(kit).execute({ eventId: 'evt_1', type: 'payment_succeeded', orderId: order.id, paymentRef: 'pi_fake_1' });
    // Paying the order completed its key in the same transaction: nothing is left to settle.
    expect(await restartAndRecover(kit)).toEqual({ settled: [], failed: [] });
    expect(kit.gateway.findCalls).toHaveLength(0);
    await expect(placeOrder(kit).execute(request('k'))).resolves.toMatchObject({ replayed: true, order: { id: order.id, status: 'paid' } });
    expectBalancedBooks(kit);
  });
});

describe('Cancel, expiry, refund and webhook cut off by a crash', () => {
  async function paidOrder(kit: CheckoutTestKit) {
    await fillCart(kit, 'u-1', [[KEYBOARD, 2]]);
    await new ApplyDiscountCodeUseCase(kit).execute({ customerId: 'u-1', code: 'SAVE10' });
    return (await placeOrder(kit).execute(request('k'))).order;
  }
  const cancel = (kit: CheckoutTestKit, orderId: string) => new CancelOrderUseCase({ ...kit, crash: kit.crash }).execute({ orderId, actor: { userId: 'u-1', role: 'customer' } });

  it.each<Point>(['cancel.in_tx', 'cancel.after_tx', 'refund.after_provider'])('cancelling a paid order, crash at %s: stock back exactly once, refunded exactly once', async (point) => {
    const kit = setup();
    const order = await paidOrder(kit);
    kit.crash.arm(point);
    await cancel(kit, order.id).catch((e: unknown) => {
      if (!(e instanceof SimulatedCrash)) throw e;
    });
    if (point === 'cancel.in_tx') {
      expect(kit.orders.row(order.id)?.status).toBe('paid'); // rolled back whole
      await cancel(kit, order.id); // the customer tries again
    }
    await runRefunds(kit); // the outbox after the restart
    await runRefunds(kit); // ...and a redelivery changes nothing
    expect(kit.orders.row(order.id)).toMatchObject({ status: 'refunded', payment: { status: 'refunded' } });
    expect(kit.gateway.refunded.size).toBe(1);
    expect(kit.inventory.available(KEYBOARD)).toBe(STOCK);
    expectBalancedBooks(kit);
  });

  it('expiring an unpaid order, crash inside its transaction: still pending and holding, expired by the next run', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_reserve', 'k');
    const expire = new ExpireUnpaidOrdersUseCase({ ...kit, crash: kit.crash }, { timeoutMinutes: 30 });
    kit.clock.advance(31 * 60_000);
    kit.crash.arm('expire.in_tx');
    const first = await expire.execute();
    expect(first.failed).toHaveLength(1);
    expect(kit.orders.all().map((o) => o.status)).toEqual(['pending']);
    expect(kit.inventory.available(KEYBOARD)).toBe(STOCK - 2);
    expect((await expire.execute()).expired).toHaveLength(1);
    expect(kit.inventory.available(KEYBOARD)).toBe(STOCK);
    expectBalancedBooks(kit);
  });

  it('a webhook cut off inside its transaction leaves no claim behind, so the redelivery pays the order once', async () => {
    const kit = setup();
    await crashCheckout(kit, 'checkout.after_charge', 'k');
    const [order] = kit.orders.all();
    const webhook = new ConfirmPaymentFromWebhookUseCase({ ...kit, crash: kit.crash });
    kit.crash.arm('webhook.in_tx');
    const event = { eventId: 'evt_1', type: 'payment_succeeded' as const, orderId: order.id, paymentRef: 'pi_fake_1' };
    await expect(webhook.execute(event)).rejects.toBeInstanceOf(SimulatedCrash);
    expect(kit.processedEvents.has('evt_1')).toBe(false);
    expect(kit.orders.row(order.id)?.status).toBe('pending');
    await expect(webhook.execute(event)).resolves.toBe('paid');
    await expect(webhook.execute(event)).resolves.toBe('duplicate');
    await restartAndRecover(kit);
    expectBalancedBooks(kit);
  });
});
