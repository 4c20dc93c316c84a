import request from 'supertest';
import { PrismaProductRepository } from '../../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaService } from '../../src/platform/database/prisma.service';
import { register } from './auth';
import type { TestApp } from './test-app';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const TEST_ADDRESS = { name: 'Ada Lovelace', line1: '1 Analytical Way', city: 'London', postal_code: 'N1 9GU', country: 'GB' };

/** The first variant of the `offset`-th cheapest in-stock demo product of `category`, set to exactly `units` in stock. */
export async function variantWithStock(t: TestApp, units: number, offset = 0, category = 'cables') {
  const list = await request(t.server).get(`/api/v1/products?in_stock=true&category=${category}&per_page=50&sort=price_asc`);
  const slug = list.body.data[offset].slug as string;
  const repo = t.shop.app.get(PrismaProductRepository);
  const product = (await repo.findBySlug(slug))!;
  const variant = product.variants[0];
  product.setStock(variant.id, units, new Date());
  await repo.save(product);
  return { variantId: variant.id, productId: product.id, price: variant.price.amount };
}

export const availableOf = async (t: TestApp, variantId: string) =>
  (await t.shop.app.get(PrismaService).variant.findUniqueOrThrow({ where: { id: variantId } })).available;

/** A new customer with `quantity` of the variant in the cart. */
export async function customerWithCart(t: TestApp, variantId: string, quantity = 1) {
  const user = await register(t.server);
  const res = await request(t.server).post('/api/v1/cart/items').set(bearer(user.access_token)).send({ variant_id: variantId, quantity });
  if (![200, 201].includes(res.status)) throw new Error(`add to cart failed: ${res.status} ${JSON.stringify(res.body)}`);
  return user;
}

/** POST /orders with the test address and a succeeding card unless told otherwise. */
export function checkout(t: TestApp, token: string, key: string | null, body: object = { shipping_address: TEST_ADDRESS, payment_method: 'pm_card_visa' }) {
  const r = request(t.server).post('/api/v1/orders').set(bearer(token));
  if (key) r.set('Idempotency-Key', key);
  return r.send(body);
}

/** Polls `probe` every 100 ms until it gives a truthy value (background jobs, webhooks), or fails naming `what`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
