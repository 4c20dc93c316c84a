import { signWebhook, verifyWebhook } from './webhook-signature';

const secret = 'whsec_test_0123456789abcdef';
const body = JSON.stringify({ id: 'evt', type: 'order.paid' });

it('signs "<t>.<body>" with HMAC-SHA256 as Stripe does', () => {
  // openssl: printf '1700000000.{"id":"evt","type":"order.paid"}' | openssl dgst -sha256 -hmac whsec_test_0123456789abcdef
  const header = signWebhook(secret, body, 1_700_000_000);
  expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
  expect(verifyWebhook(secret, body, header, 1_700_000_010)).toBe(true);
});

it('refuses another body, another secret, an old timestamp or a malformed header', () => {
  const header = signWebhook(secret, body, 1_700_000_000);
  expect(verifyWebhook(secret, `${body} `, header, 1_700_000_000)).toBe(false);
  expect(verifyWebhook('another-secret-0123456789', body, header, 1_700_000_000)).toBe(false);
  expect(verifyWebhook(secret, body, header, 1_700_000_000 + 301)).toBe(false);
  expect(verifyWebhook(secret, body, 'v1=abc', 1_700_000_000)).toBe(false);
  expect(verifyWebhook(secret, body, 't=1700000000,v1=zz', 1_700_000_000)).toBe(false);
});
