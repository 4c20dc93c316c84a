import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Order, PricingService, ShippingAddress } from '@devgear/domain';
import { PrismaOrderRepository } from '../src/modules/ordering/persistence/prisma-order.repository';
import { PrismaService } from '../src/platform/database/prisma.service';
import type { StockReservations, VariantCatalog } from '@devgear/application';
import { STOCK_RESERVATIONS, VARIANT_CATALOG } from '../src/modules/catalog/catalog.tokens';
import { CryptoOrderNumberGenerator } from '../src/modules/ordering/persistence/crypto-order-number.generator';
import { startTestApp, type TestApp } from './support/test-app';
import { register } from './support/auth';
import { availableOf, bearer, checkout, customerWithCart, variantWithStock, waitFor } from './support/shop';

let t: TestApp;
const http = () => request(t.server);

beforeAll(async () => {
  // Jobs every 200 ms so the suite does not wait long; the defaults are 2 s and 30 minutes.
  t = await startTestApp('order_jobs_e2e', { BCRYPT_COST: '4', JOBS_INTERVAL_MS: '200', ORDER_PAYMENT_TIMEOUT_MINUTES: '30' });
});
afterAll(async () => {
  await t?.close();
});

/** What a crash between "reserve stock + save the pending order" and "charge" leaves behind, placed at `placedAt`. */
async function strandedPendingOrder(customer: { user: { id: string }; email: string }, variantId: string, quantity: number, placedAt: Date) {
  const [v] = await t.shop.app.get<VariantCatalog>(VARIANT_CATALOG).findVariants([variantId]);
  const lines = [{ variantId, productId: v.productId, name: v.productName, sku: v.sku, quantity, unitPrice: v.price }];
  const order = Order.place(
    {
      id: randomUUID(),
      number: new CryptoOrderNumberGenerator().next(),
      customerId: customer.user.id,
      customerEmail: customer.email,
      lines,
      totals: t.shop.app.get(PricingService).quote(lines, null),
      discount: null,
      shippingAddress: ShippingAddress.create({ name: 'Ada', line1: '1 Way', city: 'London', postalCode: 'N1', country: 'GB' }),
      payment: { provider: 'local', method: 'pm_card_visa' },
    },
    placedAt,
  );
  await t.shop.app.get(PrismaService).transaction(async () => {
    await t.shop.app.get(PrismaOrderRepository).save(order);
    await t.shop.app.get<StockReservations>(STOCK_RESERVATIONS).reserveForOrder(order.id, [{ variantId, quantity }]);
  });
  return order;
}

const mailbox = async (to: string) => (await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`)).body.data as { subject: string; text: string; html: string }[];

it('emails the order confirmation once, through the outbox, after payment', async () => {
  const { variantId } = await variantWithStock(t, 10, 0);
  const customer = await customerWithCart(t, variantId, 2);
  const res = await checkout(t, customer.access_token, randomUUID());
  expect(res.status).toBe(201);
  const order = res.body.data;
  const confirmation = await waitFor(async () => (await mailbox(customer.email)).find((m) => m.subject.includes(order.number)), 'the confirmation email');
  expect(confirmation.subject).toBe(`Your DevGear order ${order.number} is confirmed`);
  expect(confirmation.text).toContain(`2 x ${order.items[0].name}`);
  expect(confirmation.text).toContain(`/orders/${order.id}`);
  // More rounds of the jobs send nothing more.
  await new Promise((r) => setTimeout(r, 800));
  expect((await mailbox(customer.email)).filter((m) => m.subject.includes(order.number))).toHaveLength(1);
});

it('a checkout that died after reserving stock (pending, never charged) expires after the timeout and gives the stock back', async () => {
  const { variantId } = await variantWithStock(t, 5, 1);
  const customer = await register(t.server);
  const order = await strandedPendingOrder(customer, variantId, 2, new Date(Date.now() - 31 * 60_000));
  expect(await availableOf(t, variantId)).toBe(3);

  const expired = await waitFor(async () => {
    const o = (await http().get(`/api/v1/orders/${order.id}`).set(bearer(customer.access_token))).body.data;
    return o?.status === 'cancelled' ? o : null;
  }, 'the expiry job');
  expect(expired.cancellation_reason).toBe('expired');
  expect(expired.payment.status).not.toBe('succeeded');
  // The job saves the cancellation, then releases the stock (two steps, not one transaction:
  // see OrderSettlement.expire), so the units come back just after the status changes.
  await waitFor(async () => (await availableOf(t, variantId)) === 5, 'the stock to come back', 5_000);
  expect(await availableOf(t, variantId)).toBe(5);
});

it('leaves a recent pending order alone', async () => {
  const { variantId } = await variantWithStock(t, 5, 2);
  const customer = await register(t.server);
  const order = await strandedPendingOrder(customer, variantId, 1, new Date(Date.now() - 5 * 60_000));
  await new Promise((r) => setTimeout(r, 1000));
  const o = (await http().get(`/api/v1/orders/${order.id}`).set(bearer(customer.access_token))).body.data;
  expect(o.status).toBe('pending');
  expect(await availableOf(t, variantId)).toBe(4);
});
