import request from 'supertest';
import type { CartDto } from '@devgear/contracts';
import { startTestApp, type TestApp } from './support/test-app';
import { register } from './support/auth';
import { bearer, variantWithStock } from './support/shop';

/** Guest carts (CONTRACT.md "Cart", issue 13): a cart without signing in, merged on sign-in/up. */
let t: TestApp;
const http = () => request(t.server);

beforeAll(async () => {
  t = await startTestApp('guest_cart', { BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0' });
});
afterAll(() => t?.close());

async function guestCart(): Promise<string> {
  const res = await http().post('/api/v1/carts');
  expect(res.status).toBe(201);
  expect(res.body.data.cart).toMatchObject({ items: [], item_count: 0 });
  expect(typeof res.body.data.cart_token).toBe('string');
  return res.body.data.cart_token as string;
}
const guestAdd = (token: string, variantId: string, quantity: number) =>
  http().post('/api/v1/cart/items').set('X-Cart-Token', token).send({ variant_id: variantId, quantity });
const quantities = (cart: CartDto) => Object.fromEntries(cart.items.map((i) => [i.variant_id, i.quantity]));

describe('guest carts', () => {
  it('a guest fills a cart with a token, no sign-in; without token or with a made-up one it is 401', async () => {
    const token = await guestCart();
    const a = await variantWithStock(t, 10, 0);
    const added = await guestAdd(token, a.variantId, 2);
    expect(added.status).toBe(201);
    expect(quantities(added.body.data)).toEqual({ [a.variantId]: 2 });
    const again = await http().get('/api/v1/cart').set('X-Cart-Token', token);
    expect(again.body.data.item_count).toBe(2);

    expect((await http().get('/api/v1/cart')).status).toBe(401);
    const forged = await http().get('/api/v1/cart').set('X-Cart-Token', 'x'.repeat(43));
    expect([forged.status, forged.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('signing up merges the guest cart into the new account; the token then stops working', async () => {
    const token = await guestCart();
    const a = await variantWithStock(t, 10, 1);
    const b = await variantWithStock(t, 10, 2);
    await guestAdd(token, a.variantId, 1);
    await guestAdd(token, b.variantId, 3);
    const { access_token } = await register(t.server);

    const merged = await http().get('/api/v1/cart').set(bearer(access_token)).set('X-Cart-Token', token);
    expect(merged.status).toBe(200);
    expect(quantities(merged.body.data)).toEqual({ [a.variantId]: 1, [b.variantId]: 3 });

    expect((await http().get('/api/v1/cart').set('X-Cart-Token', token)).status).toBe(401);
    // Sending the spent token again with the bearer changes nothing.
    const later = await http().get('/api/v1/cart').set(bearer(access_token)).set('X-Cart-Token', token);
    expect(quantities(later.body.data)).toEqual({ [a.variantId]: 1, [b.variantId]: 3 });
  });

  it('signing in adds the guest quantities to the customer cart, capped at what can be bought, for the same variant', async () => {
    const v = await variantWithStock(t, 5, 3);
    const { access_token } = await register(t.server);
    await http().post('/api/v1/cart/items').set(bearer(access_token)).send({ variant_id: v.variantId, quantity: 3 }).expect(201);
    const token = await guestCart();
    await guestAdd(token, v.variantId, 4).expect(201);

    const merged = await http().get('/api/v1/cart').set(bearer(access_token)).set('X-Cart-Token', token);
    expect(quantities(merged.body.data)).toEqual({ [v.variantId]: 5 });
  });

  it('checkout still needs a signed-in customer', async () => {
    const token = await guestCart();
    const v = await variantWithStock(t, 5, 4);
    await guestAdd(token, v.variantId, 1).expect(201);
    const res = await http()
      .post('/api/v1/orders')
      .set('X-Cart-Token', token)
      .set('Idempotency-Key', '0f8fad5b-d9cb-469f-a165-70867728950e')
      .send({ shipping_address: { name: 'A', line1: '1 Way', city: 'London', postal_code: 'N1', country: 'GB' }, payment_method: 'pm_card_visa' });
    expect(res.status).toBe(401);
  });
});
