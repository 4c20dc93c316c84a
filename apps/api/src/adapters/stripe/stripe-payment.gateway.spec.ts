import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { Money } from '@devgear/domain';
import { StripePaymentGateway } from './stripe-payment.gateway';

/**
 * A loopback double of the two Stripe endpoints the gateway uses, with Stripe's
 * idempotency semantics (same Idempotency-Key -> same stored response).
 */
interface Recorded {
  path: string;
  idempotencyKey?: string;
  authorization?: string;
  form: URLSearchParams;
}
let server: Server;
let port: number;
let recorded: Recorded[] = [];
let mode: 'normal' | 'error500' | 'hang' = 'normal';
const stored = new Map<string, { status: number; body: unknown }>();
/** Every PaymentIntent created, as the search endpoint finds them. */
let intents: Array<{ id: string; object: 'payment_intent'; status: string; metadata: Record<string, string>; last_payment_error?: { message: string } }> = [];

function answer(req: IncomingMessage, form: URLSearchParams): { status: number; body: unknown } {
  if (req.url?.startsWith('/v1/payment_intents/search')) {
    const query = new URL(req.url, 'http://x').searchParams.get('query') ?? '';
    const orderId = /^metadata\['order_id'\]:'(.*)'$/.exec(query)?.[1];
    return { status: 200, body: { object: 'search_result', data: intents.filter((i) => i.metadata.order_id === orderId), has_more: false } };
  }
  if (req.url === '/v1/payment_intents') {
    const id = `pi_${recorded.length - 1}`;
    const declined = form.get('payment_method') === 'pm_card_chargeDeclined';
    intents.push({
      id,
      object: 'payment_intent',
      status: declined ? 'requires_payment_method' : 'succeeded',
      metadata: { order_id: form.get('metadata[order_id]') ?? '' },
      ...(declined ? { last_payment_error: { message: 'Your card was declined.' } } : {}),
    });
    if (declined) {
      return {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
            payment_intent: { id, object: 'payment_intent', status: 'requires_payment_method' },
          },
        },
      };
    }
    return { status: 200, body: { id, object: 'payment_intent', status: 'succeeded', amount: Number(form.get('amount')), currency: form.get('currency') } };
  }
  if (req.url === '/v1/refunds') return { status: 200, body: { id: `re_${recorded.length - 1}`, object: 'refund', status: 'succeeded' } };
  return { status: 404, body: { error: { type: 'invalid_request_error', message: 'Unrecognized request URL' } } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      const key = req.headers['idempotency-key'] as string | undefined;
      recorded.push({ path: req.url ?? '', idempotencyKey: key, authorization: req.headers.authorization, form });
      if (mode === 'hang') return; // never answers
      let reply = key ? stored.get(key) : undefined;
      if (!reply) {
        reply = mode === 'error500' ? { status: 500, body: { error: { type: 'api_error', message: 'Internal error' } } } : answer(req, form);
        if (key && mode === 'normal') stored.set(key, reply);
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': 'req_test' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((r) => server.close(r));
});
beforeEach(() => {
  recorded = [];
  mode = 'normal';
  stored.clear();
  intents = [];
});

const gateway = (timeoutMs = 2000) => new StripePaymentGateway({ secretKey: 'sk_test_loopback', host: '127.0.0.1', port, protocol: 'http', timeoutMs });
const charge = (paymentMethod: string, key = 'order:o-1:charge') => ({
  orderId: 'o-1',
  orderNumber: 'DG-7K3M9Q',
  amount: Money.of(12999, 'USD'),
  paymentMethod,
  idempotencyKey: key,
  customerEmail: 'ada@example.com',
});

it('creates and confirms a PaymentIntent with our idempotency key', async () => {
  const result = await gateway().charge(charge('pm_card_visa'));
  expect(result).toEqual({ status: 'succeeded', paymentRef: 'pi_0' });
  const [r] = recorded;
  expect(r.path).toBe('/v1/payment_intents');
  expect(r.idempotencyKey).toBe('order:o-1:charge');
  expect(r.authorization).toBe('Bearer sk_test_loopback');
  expect(Object.fromEntries(r.form)).toMatchObject({
    amount: '12999',
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: 'true',
    'metadata[order_id]': 'o-1',
    'metadata[order_number]': 'DG-7K3M9Q',
    receipt_email: 'ada@example.com',
  });
});

it('reports a card decline as declined, with Stripe’s message', async () => {
  const result = await gateway().charge(charge('pm_card_chargeDeclined'));
  expect(result).toEqual({ status: 'declined', reason: 'Your card was declined.', paymentRef: 'pi_0' });
});

it('charges once when the same checkout is retried (Stripe idempotency)', async () => {
  const first = await gateway().charge(charge('pm_card_visa', 'order:o-2:charge'));
  const second = await gateway().charge(charge('pm_card_visa', 'order:o-2:charge'));
  expect(second).toEqual(first);
  expect(new Set(recorded.map((r) => r.idempotencyKey))).toEqual(new Set(['order:o-2:charge']));
});

it('rejects when Stripe fails or does not answer (outcome unknown)', async () => {
  mode = 'error500';
  await expect(gateway().charge(charge('pm_card_visa'))).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
  mode = 'hang';
  await expect(gateway(300).charge(charge('pm_card_visa', 'order:o-3:charge'))).rejects.toThrow();
});

it('refunds the PaymentIntent with its own idempotency key', async () => {
  const result = await gateway().refund({ orderId: 'o-1', paymentRef: 'pi_9', amount: Money.of(12999, 'USD'), idempotencyKey: 'order:o-1:refund' });
  expect(result.refundRef).toMatch(/^re_/);
  const [r] = recorded;
  expect(r.path).toBe('/v1/refunds');
  expect(r.idempotencyKey).toBe('order:o-1:refund');
  expect(Object.fromEntries(r.form)).toMatchObject({ payment_intent: 'pi_9', amount: '12999' });
});

it('verifies webhook signatures made with Stripe’s own test header helper', () => {
  const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_0' } } });
  const secret = 'whsec_test_secret';
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  expect(StripePaymentGateway.verifyWebhook(payload, header, secret).id).toBe('evt_1');
  expect(() => StripePaymentGateway.verifyWebhook(payload.replace('pi_0', 'pi_X'), header, secret)).toThrow();
  expect(() => StripePaymentGateway.verifyWebhook(payload, header, 'whsec_other')).toThrow();
});

describe('findCharge (what Stripe knows of an order after a crash)', () => {
  it('finds the succeeded intent of the order by its metadata, a decline, or nothing', async () => {
    const g = gateway();
    await g.charge(charge('pm_card_visa', 'order:o-1:charge'));
    await g.charge({ ...charge('pm_card_chargeDeclined', 'order:o-2:charge'), orderId: 'o-2' });
    await expect(g.findCharge({ orderId: 'o-1', idempotencyKey: 'order:o-1:charge' })).resolves.toEqual({ status: 'succeeded', paymentRef: expect.stringMatching(/^pi_/) });
    await expect(g.findCharge({ orderId: 'o-2', idempotencyKey: 'order:o-2:charge' })).resolves.toMatchObject({ status: 'declined', reason: 'Your card was declined.' });
    await expect(g.findCharge({ orderId: 'o-3', idempotencyKey: 'order:o-3:charge' })).resolves.toEqual({ status: 'none' });
    const search = recorded.filter((r) => r.path.startsWith('/v1/payment_intents/search'));
    expect(search.map((r) => new URL(r.path, 'http://x').searchParams.get('query'))).toEqual([
      "metadata['order_id']:'o-1'",
      "metadata['order_id']:'o-2'",
      "metadata['order_id']:'o-3'",
    ]);
  });

  it('rejects when Stripe cannot answer, so the recovery asks again later', async () => {
    mode = 'error500';
    await expect(gateway().findCharge({ orderId: 'o-1', idempotencyKey: 'order:o-1:charge' })).rejects.toThrow();
  });
});
