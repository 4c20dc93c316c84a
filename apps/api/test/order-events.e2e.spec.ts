import { createHmac, randomUUID } from 'node:crypto';
import request from 'supertest';
import { verifyWebhook } from '../src/modules/webhooks/webhook-signature';
import { login } from './support/auth';
import { bearer, checkout, customerWithCart, TEST_ADDRESS, variantWithStock, waitFor } from './support/shop';
import { startTestApp, type TestApp } from './support/test-app';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * What the outside world sees of an order's life (CONTRACT.md, "Outbound partner webhooks" and
 * "Customer emails"): signed webhooks to the partners' endpoints, in order, retried and
 * dead-lettered; and the customer's emails, once per event.
 */
const ADMIN = { email: 'events.admin@devgear.test', password: 'admin-password-for-tests' };
const PARTNER_KEY = 'partner-delivery-key-0123456789';
const WAREHOUSE_SECRET = 'whsec_warehouse_0123456789abcdef';
const FLAKY_SECRET = 'whsec_flaky_0123456789abcdefgh';
let t: TestApp;
let admin: string;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const http = () => request(t.server);
const partner = (orderId: string, step: 'packed' | 'shipped' | 'delivered', body: object = {}) =>
  http().post(`/api/v1/fulfillment/orders/${orderId}/${step}`).set('X-Api-Key', PARTNER_KEY).send(body);

beforeAll(async () => {
  receiver = await startWebhookReceiver(3711);
  t = await startTestApp(
    'order_events',
    {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      BCRYPT_COST: '4',
      PARTNER_API_KEYS: PARTNER_KEY,
      PARTNER_WEBHOOKS: [
        `${receiver.url('/warehouse')}|${WAREHOUSE_SECRET}|order.paid,order.packed,order.shipped,order.delivered,order.cancelled,order.refunded`,
        `${receiver.url('/flaky')}|${FLAKY_SECRET}|order.paid`,
      ].join(';'),
      JOBS_INTERVAL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_FOR_MS: '1500',
    },
    { port: 3712 },
  );
  admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

async function paidOrder(payment = 'pm_card_visa') {
  const { variantId } = await variantWithStock(t, 50);
  const buyer = await customerWithCart(t, variantId, 1);
  const res = await checkout(t, buyer.access_token, randomUUID(), { shipping_address: TEST_ADDRESS, payment_method: payment });
  return { res, order: res.body.data as { id: string; number: string }, buyer };
}

const mailbox = async (to: string) => (await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`)).body.data as { subject: string; text: string; html: string }[];

describe('partner webhooks', () => {
  it('a paid order produces one signed order.paid delivery; the signature verifies with the endpoint secret', async () => {
    const { order } = await paidOrder();
    const [hit] = await waitFor(async () => (receiver.of(order.id, '/warehouse').length ? receiver.of(order.id, '/warehouse') : null), 'order.paid at the warehouse');
    expect(hit.body).toMatchObject({ type: 'order.paid', data: { order: { id: order.id, number: order.number, status: 'paid' } } });
    expect(hit.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(hit.body.created_at).toISOString()).toBe(hit.body.created_at);
    // Stripe's scheme, checked by hand and by the helper the README gives partners.
    const [, t0, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(hit.signature) ?? [];
    expect(Math.abs(Number(t0) - Date.now() / 1000)).toBeLessThan(60);
    expect(v1).toBe(createHmac('sha256', WAREHOUSE_SECRET).update(`${t0}.${hit.raw}`).digest('hex'));
    expect(verifyWebhook(WAREHOUSE_SECRET, hit.raw, hit.signature)).toBe(true);
    expect(verifyWebhook(FLAKY_SECRET, hit.raw, hit.signature)).toBe(false);
  });

  it('a 500 is retried with the same event id; past the retry budget it is dead; the admin retry sends it', async () => {
    receiver.respond('/flaky', 500);
    const { order } = await paidOrder();
    const dead = await waitFor(async () => {
      const list = await http().get('/api/v1/admin/webhooks/deliveries?status=dead&per_page=100').set(bearer(admin));
      return (list.body.data as { id: string; url: string; event_id: string; attempts: number; last_status_code: number; last_error: string; next_attempt_at: null }[]).find(
        (d) => d.url === receiver.url('/flaky') && receiver.of(order.id, '/flaky').some((r) => r.body.id === d.event_id),
      );
    }, 'the flaky delivery to die');
    const attempts = receiver.of(order.id, '/flaky');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(attempts.map((a) => a.body.id))).toEqual(new Set([dead.event_id]));
    expect(new Set(attempts.map((a) => a.raw)).size).toBe(1); // the same bytes every time
    // Dead only once the retry budget (WEBHOOK_RETRY_FOR_MS, 1.5 s here) was spent; the backoff
    // schedule itself is webhook-sender.spec.ts's (wall-clock gaps are the machine's load here).
    expect(attempts[attempts.length - 1].at).toBeGreaterThanOrEqual(new Date((dead as unknown as { created_at: string }).created_at).getTime() + 1500 - 50);
    expect(dead).toMatchObject({ attempts: attempts.length, last_status_code: 500, next_attempt_at: null });
    expect(dead.last_error).toContain('HTTP 500');
    // The warehouse endpoint was not held up by its neighbour.
    expect(receiver.of(order.id, '/warehouse').map((r) => r.body.type)).toEqual(['order.paid']);

    // Not retried by itself any more.
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.of(order.id, '/flaky')).toHaveLength(attempts.length);

    receiver.respond('/flaky', 204);
    const retried = await http().post(`/api/v1/admin/webhooks/deliveries/${dead.id}/retry`).set(bearer(admin));
    expect(retried.status).toBe(202);
    expect(retried.body.data).toMatchObject({ id: dead.id, status: 'pending' });
    await waitFor(async () => receiver.of(order.id, '/flaky').find((r) => r.status === 204), 'the retried delivery');
    expect(receiver.of(order.id, '/flaky').every((a) => a.body.id === dead.event_id)).toBe(true);
    const delivered = await waitFor(async () => {
      const list = await http().get('/api/v1/admin/webhooks/deliveries?status=delivered&per_page=100').set(bearer(admin));
      return (list.body.data as { id: string; last_status_code: number }[]).find((d) => d.id === dead.id);
    }, 'the delivery to be marked delivered');
    expect(delivered.last_status_code).toBe(204);
    // A delivered one cannot be retried; an unknown one is 404; customers are refused.
    expect((await http().post(`/api/v1/admin/webhooks/deliveries/${dead.id}/retry`).set(bearer(admin))).body.error.code).toBe('INVALID_STATE');
    expect((await http().post(`/api/v1/admin/webhooks/deliveries/${randomUUID()}/retry`).set(bearer(admin))).status).toBe(404);
    const asCustomer = await http().get('/api/v1/admin/webhooks/deliveries').set(bearer((await paidOrder()).buyer.access_token));
    expect(asCustomer.status).toBe(403);
    expect((await http().get('/api/v1/admin/webhooks/deliveries?status=lost').set(bearer(admin))).body.error.details).toHaveProperty('status');
  });

  it('packing, shipping and delivery reach the partner in the order they happened, each event once', async () => {
    const { order } = await paidOrder();
    expect((await partner(order.id, 'packed')).status).toBe(200);
    expect((await partner(order.id, 'shipped', { carrier: 'UPS', tracking_number: '1Z999AA10123456784' })).status).toBe(200);
    expect((await partner(order.id, 'delivered')).status).toBe(200);
    const hits = await waitFor(async () => (receiver.of(order.id, '/warehouse').length >= 4 ? receiver.of(order.id, '/warehouse') : null), 'four events');
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.of(order.id, '/warehouse').map((h) => h.body.type)).toEqual(['order.paid', 'order.packed', 'order.shipped', 'order.delivered']);
    expect(new Set(hits.map((h) => h.body.id)).size).toBe(4);
    // Each body shows the order as it was at its event, though the outbox may deliver it later.
    expect(hits.map((h) => h.body.data.order.status)).toEqual(['paid', 'packed', 'shipped', 'delivered']);
    expect(hits[2].body.data.order).toMatchObject({ status: 'shipped', shipment: { carrier: 'UPS', tracking_number: '1Z999AA10123456784' } });
    for (const h of hits) expect(verifyWebhook(WAREHOUSE_SECRET, h.raw, h.signature)).toBe(true);
  });
});

describe('customer emails', () => {
  it('shipped and delivered land in the mailbox once each, with the tracking number', async () => {
    const { order, buyer } = await paidOrder();
    await partner(order.id, 'packed');
    await partner(order.id, 'shipped', { carrier: 'UPS', tracking_number: '1Z999AA10123456785' });
    await partner(order.id, 'delivered');
    const mails = await waitFor(async () => {
      const all = await mailbox(buyer.email);
      return all.some((m) => m.subject.startsWith('Your order was delivered')) ? all : null;
    }, 'the delivered email');
    await new Promise((r) => setTimeout(r, 300)); // any duplicate would have arrived by now
    const again = await mailbox(buyer.email);
    expect(again.length).toBe(mails.length);
    const subjects = again.map((m) => m.subject).reverse();
    expect(subjects).toEqual([
      'Welcome to DevGear',
      `Your DevGear order ${order.number} is confirmed`,
      `Your order has shipped (DevGear order ${order.number})`,
      `Your order was delivered (DevGear order ${order.number})`,
    ]);
    const shipped = again.find((m) => m.subject.startsWith('Your order has shipped'))!;
    expect(shipped.text).toContain('tracking number 1Z999AA10123456785');
    expect(shipped.html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456785"');
    expect(shipped.html).toContain('1Z999AA10123456785');
  });

  it('a declined payment, a cancellation and its refund each email the customer once', async () => {
    const declined = await paidOrder('pm_card_chargeDeclined');
    expect(declined.res.status).toBe(402);
    const failed = await waitFor(async () => (await mailbox(declined.buyer.email)).find((m) => m.subject.startsWith('Your payment did not go through')), 'the payment failed email');
    expect(failed.text).toContain('Your card was declined');

    const { order, buyer } = await paidOrder();
    expect((await http().post(`/api/v1/orders/${order.id}/cancel`).set(bearer(buyer.access_token))).status).toBe(200);
    const mails = await waitFor(async () => {
      const all = await mailbox(buyer.email);
      return all.some((m) => m.subject.startsWith('Your refund is on its way')) ? all : null;
    }, 'the refund email');
    await new Promise((r) => setTimeout(r, 300));
    expect((await mailbox(buyer.email)).map((m) => m.subject.split(' (')[0]).reverse()).toEqual([
      'Welcome to DevGear',
      `Your DevGear order ${order.number} is confirmed`,
      'Your order was cancelled',
      'Your refund is on its way',
    ]);
    expect(mails.find((m) => m.subject.startsWith('Your order was cancelled'))!.text).toContain('We are refunding the');
    // The partner heard of it too, in order.
    await waitFor(async () => receiver.of(order.id, '/warehouse').length >= 3, 'cancel and refund webhooks');
    expect(receiver.of(order.id, '/warehouse').map((h) => h.body.type)).toEqual(['order.paid', 'order.cancelled', 'order.refunded']);
  });
});
