import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import Stripe from 'stripe';
import { startTestApp, type TestApp } from './support/test-app';
import { availableOf, bearer, checkout, customerWithCart, variantWithStock, waitFor } from './support/shop';

/**
 * The shop in Stripe mode against a loopback double of the two Stripe endpoints it calls
 * (PaymentIntents, Refunds), with webhooks signed by Stripe's own test-header helper. The
 * double can deliver the payment_intent.succeeded webhook to the shop *before* it answers
 * the synchronous PaymentIntent call, which is the race competitors lose.
 */
const WEBHOOK_SECRET = 'whsec_devgear_test_secret';
let t: TestApp;
let stripe: Server;

interface Intent { id: string; object: 'payment_intent'; status: string; amount: number; currency: string; metadata: Record<string, string> }
const intentsByKey = new Map<string, Intent>();
const created: Intent[] = [];
const refunds: Record<string, string>[] = [];
/** Runs while a PaymentIntent is being created, before the double answers. */
let beforeAnswer: ((intent: Intent) => Promise<void>) | null = null;
/** The next N PaymentIntent calls create (or find) the intent, so the money moves, and then answer 500. */
let answer500 = 0;

function event(type: string, intent: Intent, id = `evt_${randomUUID().replace(/-/g, '')}`) {
  return { id, object: 'event', api_version: '2024-06-20', created: Math.floor(Date.now() / 1000), type, data: { object: intent }, livemode: false, pending_webhooks: 1, request: null };
}
function deliver(payload: object, secret = WEBHOOK_SECRET) {
  const body = JSON.stringify(payload);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret });
  return request(t.server).post('/api/v1/payments/stripe/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', header).send(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

beforeAll(async () => {
  stripe = createServer(async (req, res) => {
    const form = await readForm(req);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${randomUUID()}` });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/payment_intents' && req.method === 'POST') {
      const fail = () => {
        answer500 -= 1;
        send(500, { error: { type: 'api_error', message: 'An unknown error occurred' } });
      };
      const key = String(req.headers['idempotency-key']);
      const known = intentsByKey.get(key);
      if (known) return answer500 > 0 ? fail() : send(200, known);
      const metadata: Record<string, string> = {};
      for (const [k, v] of form) {
        const m = /^metadata\[(.+)\]$/.exec(k);
        if (m) metadata[m[1]] = v;
      }
      const intent: Intent = { id: `pi_${created.length + 1}_${randomUUID().slice(0, 8)}`, object: 'payment_intent', status: 'succeeded', amount: Number(form.get('amount')), currency: String(form.get('currency')), metadata };
      intentsByKey.set(key, intent);
      created.push(intent);
      if (beforeAnswer) await beforeAnswer(intent);
      return answer500 > 0 ? fail() : send(200, intent);
    }
    if (req.url === '/v1/refunds' && req.method === 'POST') {
      refunds.push(Object.fromEntries(form));
      return send(200, { id: `re_${refunds.length}`, object: 'refund', status: 'succeeded', payment_intent: form.get('payment_intent'), amount: Number(form.get('amount')) });
    }
    send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${req.url})` } });
  });
  await new Promise<void>((resolve) => stripe.listen(0, '127.0.0.1', resolve));
  const { port } = stripe.address() as { port: number };
  t = await startTestApp('stripe_webhook_e2e', {
    BCRYPT_COST: '4',
    STRIPE_SECRET_KEY: 'sk_test_devgear',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: `http://127.0.0.1:${port}`,
  });
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => stripe?.close(resolve));
});
afterEach(() => {
  beforeAnswer = null;
  answer500 = 0;
});

async function ordersOf(token: string, query = '') {
  return (await request(t.server).get(`/api/v1/orders${query}`).set(bearer(token))).body.data as { id: string; status: string; payment: { provider: string; status: string } }[];
}

it('a webhook delivered BEFORE the synchronous answer: one paid order, one charge, stock taken once, cart emptied', async () => {
  const { variantId } = await variantWithStock(t, 6, 0);
  const customer = await customerWithCart(t, variantId, 2);
  const outcomes: string[] = [];
  beforeAnswer = async (intent) => {
    const res = await deliver(event('payment_intent.succeeded', intent));
    outcomes.push(`${res.status}:${res.body.data?.outcome}`);
  };
  const before = created.length;
  const res = await checkout(t, customer.access_token, randomUUID());
  expect(res.status).toBe(201);
  expect(res.body.data).toMatchObject({ status: 'paid', payment: { provider: 'stripe' } });
  expect(outcomes).toEqual(['200:paid']);
  expect(created.length - before).toBe(1);
  expect(await availableOf(t, variantId)).toBe(4);
  const orders = await ordersOf(customer.access_token);
  expect(orders.map((o) => o.status)).toEqual(['paid']);
  expect(res.body.data.status_history.map((h: { status: string }) => h.status)).toEqual(['pending', 'paid']);
  const cart = await request(t.server).get('/api/v1/cart').set(bearer(customer.access_token));
  expect(cart.body.data.items).toEqual([]);
});

it('a webhook delivered AFTER the answer, and then redelivered, changes nothing', async () => {
  const { variantId } = await variantWithStock(t, 6, 1);
  const customer = await customerWithCart(t, variantId, 1);
  const res = await checkout(t, customer.access_token, randomUUID());
  expect(res.status).toBe(201);
  const intent = created[created.length - 1];
  expect(intent.metadata.order_id).toBe(res.body.data.id);
  const evt = event('payment_intent.succeeded', intent);
  const first = await deliver(evt);
  const again = await deliver(evt);
  expect([first.status, first.body.data.outcome]).toEqual([200, 'already_paid']);
  expect([again.status, again.body.data.outcome]).toEqual([200, 'duplicate']);
  expect((await ordersOf(customer.access_token)).map((o) => o.status)).toEqual(['paid']);
  expect(await availableOf(t, variantId)).toBe(5);
});

it('the same event delivered twice at once, racing the answer, marks the order paid exactly once', async () => {
  const { variantId } = await variantWithStock(t, 6, 2);
  const customer = await customerWithCart(t, variantId, 1);
  const outcomes: string[] = [];
  beforeAnswer = async (intent) => {
    const evt = event('payment_intent.succeeded', intent);
    const results = await Promise.all([deliver(evt), deliver(evt)]);
    outcomes.push(...results.map((r) => String(r.body.data?.outcome)));
  };
  const res = await checkout(t, customer.access_token, randomUUID());
  expect(res.status).toBe(201);
  expect(outcomes.sort()).toEqual(['duplicate', 'paid']);
  const orders = await ordersOf(customer.access_token);
  expect(orders.map((o) => o.status)).toEqual(['paid']);
  expect(res.body.data.status_history.filter((h: { status: string }) => h.status === 'paid')).toHaveLength(1);
  expect(await availableOf(t, variantId)).toBe(5);
});

it('Stripe fails (500) after stock is reserved; a late success webhook is recorded and refunded (from the outbox) instead of leaving a charge without an order', async () => {
  const { variantId } = await variantWithStock(t, 3, 3);
  const customer = await customerWithCart(t, variantId, 1);
  // The double creates the intent (the money moved) and then answers 500 to the shop, to the
  // first call and to the SDK's one retry with the same idempotency key.
  answer500 = 2;
  const before = created.length;
  const res = await checkout(t, customer.access_token, randomUUID());
  expect(res.status).toBe(503);
  expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
  expect(created.length - before).toBe(1);
  const lateIntent = created[created.length - 1];
  expect(await availableOf(t, variantId)).toBe(3);
  // The failed attempt is no order: not in the history, listed only when asked for.
  expect(await ordersOf(customer.access_token)).toEqual([]);
  const [attempt] = await ordersOf(customer.access_token, '?status=payment_failed');
  expect(attempt).toMatchObject({ status: 'payment_failed' });
  const refundsBefore = refunds.length;
  const late = await deliver(event('payment_intent.succeeded', lateIntent));
  expect(late.status).toBe(200);
  expect(late.body.data.outcome).toBe('late_payment');
  await waitFor(async () => refunds.length > refundsBefore, 'the refund of the late payment');
  expect(refunds.length - refundsBefore).toBe(1);
  expect(refunds[refunds.length - 1].payment_intent).toBe(lateIntent.id);
  const recorded = await waitFor(async () => (await ordersOf(customer.access_token, '?status=payment_failed')).find((o) => o.payment.status === 'refunded'), 'the refund recorded');
  expect(recorded.id).toBe(attempt.id);
  const orders = await ordersOf(customer.access_token);
  expect(orders.some((o) => o.status === 'paid')).toBe(false);
  expect(await availableOf(t, variantId)).toBe(3);
  // The cart is kept and a retry succeeds.
  const retry = await checkout(t, customer.access_token, randomUUID());
  expect(retry.status).toBe(201);
  expect(retry.body.data.status).toBe('paid');
});

it('refuses a bad or missing signature with 400 and acknowledges event types it does not act on', async () => {
  const intent: Intent = { id: 'pi_x', object: 'payment_intent', status: 'succeeded', amount: 100, currency: 'usd', metadata: { order_id: randomUUID() } };
  const forged = await deliver(event('payment_intent.succeeded', intent), 'whsec_someone_else');
  expect(forged.status).toBe(400);
  expect(forged.body.error.code).toBe('VALIDATION_ERROR');
  const unsigned = await request(t.server).post('/api/v1/payments/stripe/webhook').send(event('payment_intent.succeeded', intent));
  expect(unsigned.status).toBe(400);
  expect(unsigned.body.error.details).toHaveProperty('stripe-signature');
  const other = await deliver({ ...event('customer.created', intent) });
  expect(other.status).toBe(200);
  expect(other.body.data.outcome).toBe('ignored');
  const unknown = await deliver(event('payment_intent.succeeded', intent));
  expect(unknown.body.data.outcome).toBe('unknown_order');
});
