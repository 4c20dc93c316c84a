import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { login, register } from './support/auth';
import { availableOf, bearer, checkout, customerWithCart, TEST_ADDRESS, variantWithStock } from './support/shop';

const ADMIN = { email: 'orders.admin@devgear.test', password: 'admin-password-for-tests' };
const PARTNER_KEY = 'partner-warehouse-key-0123456789';
let t: TestApp;
let admin: string;
let customer: Awaited<ReturnType<typeof register>>;
const http = () => request(t.server);

beforeAll(async () => {
  t = await startTestApp('admin_ordering_e2e', {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    BCRYPT_COST: '4',
    PARTNER_API_KEYS: `other-partner-key-abcdefgh, ${PARTNER_KEY}`,
  });
  admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
  customer = await register(t.server);
});
afterAll(async () => {
  await t?.close();
});

/** A paid order of a new customer. */
async function paidOrder(offset = 0, discountCode?: string) {
  const { variantId } = await variantWithStock(t, 50, offset);
  const buyer = await customerWithCart(t, variantId, 1);
  const res = await checkout(t, buyer.access_token, randomUUID(), { shipping_address: TEST_ADDRESS, payment_method: 'pm_card_visa', ...(discountCode ? { discount_code: discountCode } : {}) });
  expect(res.status).toBe(201);
  return { order: res.body.data as { id: string; number: string; status: string; total: { amount: number } }, buyer, variantId };
}

describe('admin discounts', () => {
  it('needs an admin: 401 without a token, 403 for a customer', async () => {
    for (const [method, path] of [['get', '/api/v1/admin/discounts'], ['post', '/api/v1/admin/discounts'], ['patch', `/api/v1/admin/discounts/${randomUUID()}`], ['delete', `/api/v1/admin/discounts/${randomUUID()}`]] as const) {
      expect((await http()[method](path).send({})).status).toBe(401);
      const asCustomer = await http()[method](path).set(bearer(customer.access_token)).send({});
      expect(asCustomer.status).toBe(403);
      expect(asCustomer.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('validates input and names the field', async () => {
    const cases: [object, string][] = [
      [{ type: 'percentage', value: 10 }, 'code'],
      [{ code: 'ZERO', type: 'percentage', value: 0 }, 'value'],
      [{ code: 'TOOMUCH', type: 'percentage', value: 101 }, 'value'],
      [{ code: 'HALF', type: 'percentage', value: 12.5 }, 'value'],
      [{ code: 'FIXEDNUM', type: 'fixed', value: 500 }, 'value'],
      [{ code: 'EURO', type: 'fixed', value: { amount: 500, currency: 'EUR' } }, 'value'],
      [{ code: 'BOGUS', type: 'bogus', value: 5 }, 'type'],
      [{ code: 'WHEN', type: 'percentage', value: 5, starts_at: 'tomorrow' }, 'starts_at'],
      [{ code: 'BACKWARDS', type: 'percentage', value: 5, starts_at: '2026-12-10T00:00:00Z', ends_at: '2026-12-01T00:00:00Z' }, 'ends_at'],
      [{ code: 'LIMIT', type: 'percentage', value: 5, usage_limit: 0 }, 'usage_limit'],
      [{ code: 'bad code!', type: 'percentage', value: 5 }, 'code'],
      [{ code: 'EXTRA', type: 'percentage', value: 5, surprise: true }, 'surprise'],
    ];
    for (const [body, field] of cases) {
      const res = await http().post('/api/v1/admin/discounts').set(bearer(admin)).send(body);
      expect([res.status, res.body.error?.code, JSON.stringify(body)]).toEqual([400, 'VALIDATION_ERROR', JSON.stringify(body)]);
      expect(Object.keys(res.body.error.details)).toContain(field);
    }
  });

  it('creates, lists, searches, updates and archives a discount; codes are case-insensitive and unique', async () => {
    const created = await http()
      .post('/api/v1/admin/discounts')
      .set(bearer(admin))
      .send({ code: 'Winter15', type: 'percentage', value: 15, min_subtotal: { amount: 2000, currency: 'USD' }, usage_limit: 100, per_customer_limit: 1 });
    expect(created.status).toBe(201);
    const d = created.body.data;
    expect(d).toMatchObject({ code: 'WINTER15', type: 'percentage', value: 15, min_subtotal: { amount: 2000, currency: 'USD' }, usage_limit: 100, per_customer_limit: 1, active: true, times_used: 0 });

    const dupe = await http().post('/api/v1/admin/discounts').set(bearer(admin)).send({ code: 'winter15', type: 'fixed', value: { amount: 500, currency: 'USD' } });
    expect(dupe.status).toBe(409);
    expect(dupe.body.error.details).toHaveProperty('code');

    const listed = await http().get('/api/v1/admin/discounts?q=wint').set(bearer(admin));
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((x: { id: string }) => x.id)).toContain(d.id);
    expect(listed.body.meta).toMatchObject({ page: 1 });

    const patched = await http().patch(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin)).send({ value: 20, ends_at: '2030-01-01T00:00:00Z' });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ value: 20, ends_at: '2030-01-01T00:00:00.000Z', usage_limit: 100 });
    expect((await http().patch(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin)).send({ value: 0 })).status).toBe(400);
    expect((await http().patch(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin)).send({})).status).toBe(400);

    // A customer uses it (lower case) on a cart over the minimum...
    const { variantId, price } = await variantWithStock(t, 30, 7);
    const buyer = await customerWithCart(t, variantId, Math.ceil(2500 / price));
    const applied = await http().post('/api/v1/cart/discount').set(bearer(buyer.access_token)).send({ code: 'winter15' });
    expect(applied.status).toBe(200);
    expect(applied.body.data.discount.code).toBe('WINTER15');
    const first = await checkout(t, buyer.access_token, randomUUID(), { shipping_address: TEST_ADDRESS, payment_method: 'pm_card_visa', discount_code: 'winter15' });
    expect(first.status).toBe(201);
    expect(first.body.data.discount_total.amount).toBeGreaterThan(0);
    // ...but only once (per_customer_limit 1).
    await http().post('/api/v1/cart/items').set(bearer(buyer.access_token)).send({ variant_id: variantId, quantity: Math.ceil(2500 / price) });
    const second = await checkout(t, buyer.access_token, randomUUID(), { shipping_address: TEST_ADDRESS, payment_method: 'pm_card_visa', discount_code: 'WINTER15' });
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe('INVALID_DISCOUNT');
    expect((await http().get(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin))).body.data.times_used).toBe(1);

    // Below the minimum subtotal it is refused with a reason.
    const small = await customerWithCart(t, variantId, 1);
    if (price < 2000) {
      const refused = await http().post('/api/v1/cart/discount').set(bearer(small.access_token)).send({ code: 'WINTER15' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.message).toMatch(/at least 20\.00 USD/);
    }

    const removed = await http().delete(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin));
    expect(removed.status).toBe(204);
    expect((await http().delete(`/api/v1/admin/discounts/${d.id}`).set(bearer(admin))).status).toBe(404);
    const gone = await http().post('/api/v1/cart/discount').set(bearer(small.access_token)).send({ code: 'WINTER15' });
    expect(gone.status).toBe(422);
    // The code is free again.
    expect((await http().post('/api/v1/admin/discounts').set(bearer(admin)).send({ code: 'WINTER15', type: 'fixed', value: { amount: 500, currency: 'USD' } })).status).toBe(201);
    expect((await http().get('/api/v1/admin/discounts/not-a-uuid').set(bearer(admin))).status).toBe(404);
  });
});

describe('admin orders', () => {
  it('lists every order filtered by status, searched by number or email, and shows the customer', async () => {
    const { order, buyer } = await paidOrder(0);
    const byStatus = await http().get('/api/v1/admin/orders?status=paid&per_page=100').set(bearer(admin));
    expect(byStatus.status).toBe(200);
    expect(byStatus.body.data.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    expect(byStatus.body.data.map((o: { id: string }) => o.id)).toContain(order.id);
    const byNumber = await http().get(`/api/v1/admin/orders?q=${order.number.toLowerCase()}`).set(bearer(admin));
    expect(byNumber.body.data.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const byEmail = await http().get(`/api/v1/admin/orders?q=${encodeURIComponent(buyer.email.toUpperCase())}`).set(bearer(admin));
    expect(byEmail.body.data.map((o: { id: string }) => o.id)).toEqual([order.id]);
    // register() signs up as Ada Lovelace unless told otherwise.
    const name = 'Ada Lovelace';
    expect(byEmail.body.data[0]).toMatchObject({ customer_email: buyer.email, customer_id: buyer.user.id, customer_name: name });
    const detail = await http().get(`/api/v1/admin/orders/${order.id}`).set(bearer(admin));
    expect(detail.body.data).toMatchObject({ customer_email: buyer.email, customer_name: name });
    // The account's name now, not a copy: a customer who renames shows under the new name.
    const renamed = await http().patch('/api/v1/me').set(bearer(buyer.access_token)).send({ first_name: 'Augusta' });
    expect(renamed.status).toBe(200);
    const again = await http().get(`/api/v1/admin/orders/${order.id}`).set(bearer(admin));
    expect(again.body.data.customer_name).toBe('Augusta Lovelace');
    expect((await http().get('/api/v1/admin/orders?status=lost').set(bearer(admin))).status).toBe(400);
    expect((await http().get(`/api/v1/admin/orders/${randomUUID()}`).set(bearer(admin))).status).toBe(404);
    expect((await http().get('/api/v1/admin/orders').set(bearer(customer.access_token))).status).toBe(403);
    expect((await http().get('/api/v1/admin/orders')).status).toBe(401);
  });

  it('moves an order paid -> packed -> shipped -> delivered and refuses every other step with 409 INVALID_STATE', async () => {
    const { order } = await paidOrder(1);
    const status = (body: object) => http().patch(`/api/v1/admin/orders/${order.id}/status`).set(bearer(admin)).send(body);
    expect((await status({ status: 'shipped', carrier: 'UPS', tracking_number: '1Z1' })).body.error.code).toBe('INVALID_STATE');
    expect((await status({ status: 'pending' })).status).toBe(409);
    expect((await status({ status: 'refunded' })).status).toBe(409);
    expect((await status({ status: 'teleported' })).status).toBe(400);
    expect((await status({ status: 'packed' })).body.data.status).toBe('packed');
    const trackingAlone = await status({ status: 'shipped', tracking_number: '1Z999AA1' });
    expect([trackingAlone.status, trackingAlone.body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    expect(Object.keys(trackingAlone.body.error.details)).toEqual(['carrier']);
    const shipped = await status({ status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA1' });
    expect(shipped.body.data).toMatchObject({ status: 'shipped', shipment: { carrier: 'UPS', tracking_number: '1Z999AA1' } });
    expect((await status({ status: 'cancelled' })).status).toBe(409);
    const delivered = await status({ status: 'delivered' });
    expect(delivered.body.data.status_history.map((h: { status: string }) => h.status)).toEqual(['pending', 'paid', 'packed', 'shipped', 'delivered']);
    const back = await status({ status: 'packed' });
    expect([back.status, back.body.error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('marks an order shipped without carrier and tracking number (both are optional for an admin)', async () => {
    const { order } = await paidOrder(1);
    const status = (body: object) => http().patch(`/api/v1/admin/orders/${order.id}/status`).set(bearer(admin)).send(body);
    expect((await status({ status: 'packed' })).status).toBe(200);
    const shipped = await status({ status: 'shipped' });
    expect(shipped.status).toBe(200);
    expect(shipped.body.data).toMatchObject({ id: order.id, status: 'shipped', shipment: null });
    const seen = await http().get(`/api/v1/admin/orders/${order.id}`).set(bearer(admin));
    expect(seen.body.data).toMatchObject({ status: 'shipped', shipment: null });
    expect((await status({ status: 'delivered' })).body.data.status).toBe('delivered');
  });

  it('cancelling a paid order as admin refunds it and restocks', async () => {
    const { order, variantId } = await paidOrder(2);
    const before = await availableOf(t, variantId);
    const res = await http().patch(`/api/v1/admin/orders/${order.id}/status`).set(bearer(admin)).send({ status: 'cancelled' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'refunded', cancellation_reason: 'admin' });
    expect(await availableOf(t, variantId)).toBe(before + 1);
  });
});

describe('fulfilment partners', () => {
  const post = (id: string, step: string, auth: Record<string, string> = { 'X-Api-Key': PARTNER_KEY }, body: object = {}) =>
    http().post(`/api/v1/fulfillment/orders/${id}/${step}`).set(auth).send(body);

  it('need a partner key or an admin token', async () => {
    const { order } = await paidOrder(3);
    const none = await post(order.id, 'packed', {});
    expect([none.status, none.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await post(order.id, 'packed', { 'X-Api-Key': 'not-a-partner' })).status).toBe(401);
    expect((await post(order.id, 'packed', { 'X-Api-Key': PARTNER_KEY.slice(0, -1) })).status).toBe(401);
    const asCustomer = await post(order.id, 'packed', bearer(customer.access_token));
    expect([asCustomer.status, asCustomer.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await post(order.id, 'packed', bearer(admin))).body.data.status).toBe('packed');
  });

  it('report packed, shipped with tracking and delivered, in that order only', async () => {
    const { order, buyer } = await paidOrder(4);
    expect((await post(order.id, 'shipped', undefined, { carrier: 'DHL', tracking_number: 'JD01' })).status).toBe(409);
    expect((await post(order.id, 'delivered')).status).toBe(409);
    expect((await post(order.id, 'packed')).body.data.status).toBe('packed');
    expect((await post(order.id, 'packed')).status).toBe(409);
    const missing = await post(order.id, 'shipped', undefined, { carrier: 'DHL' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toHaveProperty('tracking_number');
    expect((await post(order.id, 'shipped', undefined, { carrier: 'DHL', tracking_number: 'JD014600006281' })).body.data.status).toBe('shipped');
    expect((await post(order.id, 'delivered')).body.data.status).toBe('delivered');
    // The customer sees it.
    const mine = await http().get(`/api/v1/orders/${order.id}`).set(bearer(buyer.access_token));
    expect(mine.body.data).toMatchObject({ status: 'delivered', shipment: { carrier: 'DHL', tracking_number: 'JD014600006281' } });
    expect((await post(randomUUID(), 'packed')).status).toBe(404);
    expect((await post('nope', 'packed')).status).toBe(404);
  });
});
