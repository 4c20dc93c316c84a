import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Discount, Money } from '@devgear/domain';
import type { PaymentGateway } from '@devgear/application';
import { PrismaDiscountRepository } from '../src/modules/discount/persistence/prisma-discount.repository';
import { PAYMENT_GATEWAY } from '../src/modules/payments/payments.tokens';
import { startTestApp, TestApp } from './support/test-app';
import { login, register } from './support/auth';
import { PrismaService } from '../src/platform/database/prisma.service';
import {
  availableOf as available,
  bearer,
  checkout as checkoutAs,
  customerWithCart as customer,
  TEST_ADDRESS,
  variantWithStock as stockedVariant,
} from './support/shop';

let t: TestApp;
const http = () => request(t.server);
const address = TEST_ADDRESS;
const checkout = (token: string, key: string | null, body?: object) => checkoutAs(t, token, key, body);
const variantWithStock = (units: number, offset = 0) => stockedVariant(t, units, offset);
const availableOf = (variantId: string) => available(t, variantId);
const customerWithCart = (variantId: string, quantity = 1) => customer(t, variantId, quantity);

const ADMIN = { email: 'checkout.admin@devgear.test', password: 'admin-password-for-tests' };

beforeAll(async () => {
  // Cheap password hashing: 40+ sign-ups here, and hashing is not what this suite tests.
  t = await startTestApp('checkout_e2e', { BCRYPT_COST: '4', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
});
afterAll(async () => {
  await t?.close();
});

it('never oversells: 40 customers, 5 units -> exactly 5 paid orders, the rest 409 OUT_OF_STOCK, stock 0', async () => {
  const { variantId } = await variantWithStock(5);
  const customers = await Promise.all(Array.from({ length: 40 }, () => customerWithCart(variantId)));
  const results = await Promise.all(customers.map((c) => checkout(c.access_token, randomUUID())));
  const paid = results.filter((r) => r.status === 201);
  const refused = results.filter((r) => r.status === 409);
  expect(paid).toHaveLength(5);
  expect(paid.every((r) => r.body.data.status === 'paid')).toBe(true);
  expect(refused).toHaveLength(35);
  expect(refused.every((r) => r.body.error.code === 'OUT_OF_STOCK' && r.body.error.details[variantId])).toBe(true);
  expect(await availableOf(variantId)).toBe(0);
});

it('holds a discount usage_limit of 3 under concurrent checkouts', async () => {
  const { variantId } = await variantWithStock(100, 1);
  const code = `LIMIT3${randomUUID().slice(0, 6).toUpperCase()}`;
  await t.shop.app.get(PrismaDiscountRepository).save(
    Discount.create({ id: randomUUID(), code, type: 'percentage', value: 10, usageLimit: 3 } as never, new Date()),
  );
  const customers = await Promise.all(Array.from({ length: 12 }, () => customerWithCart(variantId)));
  const results = await Promise.all(
    customers.map((c) => checkout(c.access_token, randomUUID(), { shipping_address: address, payment_method: 'pm_card_visa', discount_code: code })),
  );
  const withDiscount = results.filter((r) => r.status === 201);
  expect(withDiscount).toHaveLength(3);
  expect(withDiscount.every((r) => r.body.data.discount_total.amount > 0)).toBe(true);
  expect(results.filter((r) => r.status === 422).every((r) => r.body.error.code === 'INVALID_DISCOUNT')).toBe(true);
  expect(results.filter((r) => r.status === 422)).toHaveLength(9);
});

it('10 concurrent replays of one Idempotency-Key create one order and one charge', async () => {
  const { variantId } = await variantWithStock(20, 2);
  const customer = await customerWithCart(variantId, 2);
  const gateway = t.shop.app.get<PaymentGateway>(PAYMENT_GATEWAY);
  const charge = jest.spyOn(gateway, 'charge');
  const key = randomUUID();
  const results = await Promise.all(Array.from({ length: 10 }, () => checkout(customer.access_token, key)));
  const charges = charge.mock.calls.length;
  charge.mockRestore();
  const ids = new Set(results.map((r) => r.body.data?.id));
  expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  expect(ids.size).toBe(1);
  expect(charges).toBe(1);
  expect(await availableOf(variantId)).toBe(18);
  // Same key, different body -> 409.
  const other = await checkout(customer.access_token, key, { shipping_address: { ...address, city: 'Paris', country: 'FR' }, payment_method: 'pm_card_visa' });
  expect(other.status).toBe(409);
});

it('requires an Idempotency-Key', async () => {
  const { variantId } = await variantWithStock(5, 3);
  const customer = await customerWithCart(variantId);
  const res = await checkout(customer.access_token, null);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_ERROR');
});

it('a declined card answers 402, releases the stock and keeps the cart; the attempt is payment_failed, in no list or figure unless asked for', async () => {
  const { variantId } = await variantWithStock(3, 4);
  const customer = await customerWithCart(variantId, 2);
  const admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
  const countedBefore = (await http().get('/api/v1/admin/analytics').set(bearer(admin))).body.data.orders_count;
  const key = randomUUID();
  const declined = { shipping_address: address, payment_method: 'pm_card_chargeDeclined' };
  const res = await checkout(customer.access_token, key, declined);
  expect(res.status).toBe(402);
  expect(res.body.error.code).toBe('PAYMENT_DECLINED');
  expect(res.body.error.message).toBe('Payment declined: Your card was declined. Nothing was charged and your cart is unchanged.');
  expect(await availableOf(variantId)).toBe(3);
  const cart = await http().get('/api/v1/cart').set(bearer(customer.access_token));
  expect(cart.body.data.items.map((i: { variant_id: string; quantity: number }) => [i.variant_id, i.quantity])).toEqual([[variantId, 2]]);
  // Not an order: not in the history, nor in the admin's list, nor counted.
  expect((await http().get('/api/v1/orders').set(bearer(customer.access_token))).body).toMatchObject({ data: [], meta: { total: 0 } });
  const failed = (await http().get('/api/v1/orders?status=payment_failed').set(bearer(customer.access_token))).body.data;
  expect(failed.map((o: { status: string; cancellation_reason: string }) => [o.status, o.cancellation_reason])).toEqual([['payment_failed', 'payment_declined']]);
  const adminList = (await http().get(`/api/v1/admin/orders?q=${encodeURIComponent(customer.email)}`).set(bearer(admin))).body;
  expect(adminList.meta.total).toBe(0);
  const adminFailed = (await http().get(`/api/v1/admin/orders?status=payment_failed&q=${encodeURIComponent(customer.email)}`).set(bearer(admin))).body.data;
  expect(adminFailed.map((o: { id: string }) => o.id)).toEqual([failed[0].id]);
  const figures = (await http().get('/api/v1/admin/analytics').set(bearer(admin))).body.data;
  expect(figures.orders_count).toBe(countedBefore);
  expect(figures.orders_by_status).not.toHaveProperty('payment_failed');
  // The same key answers the same 402 and charges nothing more.
  const replay = await checkout(customer.access_token, key, declined);
  expect([replay.status, replay.body.error.message]).toEqual([402, res.body.error.message]);
});

it('a key that produced an order answers with it however late, even once the order is cancelled: never a second order', async () => {
  const { variantId } = await variantWithStock(5, 7);
  const customer = await customerWithCart(variantId, 1);
  const key = randomUUID();
  const placed = await checkout(customer.access_token, key);
  expect(placed.status).toBe(201);
  await http().post(`/api/v1/orders/${placed.body.data.id}/cancel`).set(bearer(customer.access_token)).expect(200);
  // Long after the old 5-minute window: the key's record is dated back two days.
  await t.shop.app.get(PrismaService).idempotencyKey.updateMany({ where: { key }, data: { startedAt: new Date(Date.now() - 48 * 3600_000), completedAt: new Date(Date.now() - 48 * 3600_000) } });
  await http().post('/api/v1/cart/items').set(bearer(customer.access_token)).send({ variant_id: variantId, quantity: 1 });
  const replay = await checkout(customer.access_token, key);
  expect(replay.status).toBe(200);
  expect(replay.body.data).toMatchObject({ id: placed.body.data.id, status: 'refunded' });
  const mine = (await http().get('/api/v1/orders').set(bearer(customer.access_token))).body.data;
  expect(mine).toHaveLength(1);
  expect(await availableOf(variantId)).toBe(5);
});

it('a gateway failure after reserving stock leaves no paid order, restores stock, and a retry with a new key succeeds', async () => {
  const { variantId } = await variantWithStock(4, 5);
  const customer = await customerWithCart(variantId, 1);
  const gateway = t.shop.app.get<PaymentGateway>(PAYMENT_GATEWAY);
  const charge = jest.spyOn(gateway, 'charge').mockRejectedValueOnce(new Error('socket hang up'));
  const failed = await checkout(customer.access_token, randomUUID());
  expect(failed.status).toBe(503);
  expect(await availableOf(variantId)).toBe(4);
  const retry = await checkout(customer.access_token, randomUUID());
  charge.mockRestore();
  expect(retry.status).toBe(201);
  expect(retry.body.data.status).toBe('paid');
  expect(await availableOf(variantId)).toBe(3);
  const mine = await http().get('/api/v1/orders').set(bearer(customer.access_token));
  expect(mine.body.data.filter((o: { status: string }) => o.status === 'paid')).toHaveLength(1);
});

it("lists the customer's orders, shows one, hides others' and cancels a paid order with a refund and restock", async () => {
  const { variantId } = await variantWithStock(10, 6);
  const alice = await customerWithCart(variantId, 2);
  const bob = await register(t.server);
  const placed = await checkout(alice.access_token, randomUUID());
  expect(placed.status).toBe(201);
  const order = placed.body.data;
  expect(order.number).toMatch(/^DG-/);
  expect(order.total.amount).toBe(order.subtotal.amount - order.discount_total.amount + order.shipping_total.amount + order.tax_total.amount);
  expect((await http().get(`/api/v1/orders/${order.id}`).set(bearer(alice.access_token))).body.data.id).toBe(order.id);
  expect((await http().get(`/api/v1/orders/${order.id}`).set(bearer(bob.access_token))).status).toBe(404);
  expect((await http().post(`/api/v1/orders/${order.id}/cancel`).set(bearer(bob.access_token))).status).toBe(404);
  expect(await availableOf(variantId)).toBe(8);
  const cancelled = await http().post(`/api/v1/orders/${order.id}/cancel`).set(bearer(alice.access_token));
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.data.status).toBe('refunded');
  expect(cancelled.body.data.status_history.map((h: { status: string }) => h.status)).toEqual(['pending', 'paid', 'cancelled', 'refunded']);
  expect(await availableOf(variantId)).toBe(10);
  const again = await http().post(`/api/v1/orders/${order.id}/cancel`).set(bearer(alice.access_token));
  expect(again.status).toBe(409);
  expect(again.body.error.code).toBe('INVALID_STATE');
});

it('keeps the recipient phone on the order, refuses one that is no phone number, and shows each line with its product picture', async () => {
  const { variantId, productId } = await variantWithStock(10, 7);
  const buyer = await customerWithCart(variantId, 1);
  const bad = await checkout(buyer.access_token, randomUUID(), { shipping_address: { ...address, phone: 'call me maybe' }, payment_method: 'pm_card_visa' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('VALIDATION_ERROR');
  expect(Object.keys(bad.body.error.details).join(' ')).toMatch(/phone/);

  const placed = await checkout(buyer.access_token, randomUUID(), { shipping_address: { ...address, phone: ' +44 20 7946 0018 ' }, payment_method: 'pm_card_visa' });
  expect(placed.status).toBe(201);
  expect(placed.body.data.shipping_address).toMatchObject({ ...address, phone: '+44 20 7946 0018' });
  const product = (await http().get(`/api/v1/products/${productId}`)).body.data as { images: { url: string; alt: string }[] };
  expect(product.images.length).toBeGreaterThan(0);
  const picture = { url: product.images[0].url, alt: product.images[0].alt };
  expect(placed.body.data.items[0].image).toEqual(picture);

  const shown = await http().get(`/api/v1/orders/${placed.body.data.id}`).set(bearer(buyer.access_token));
  expect(shown.body.data.shipping_address.phone).toBe('+44 20 7946 0018');
  expect(shown.body.data.items[0].image).toEqual(picture);
  const listed = await http().get('/api/v1/orders').set(bearer(buyer.access_token));
  expect(listed.body.data[0].items[0].image).toEqual(picture);

  // Without a phone the order has none.
  const other = await customerWithCart(variantId, 1);
  const plain = await checkout(other.access_token, randomUUID());
  expect(plain.status).toBe(201);
  expect(plain.body.data.shipping_address.phone).toBeNull();
});
