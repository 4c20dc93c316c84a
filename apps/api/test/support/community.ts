import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { login, register } from './auth';
import { bearer, checkout } from './shop';
import type { TestApp } from './test-app';

export const COMMUNITY_ADMIN = { email: 'community.admin@devgear.test', password: 'admin-password-for-tests' };

/** Settings for a suite that signs in as COMMUNITY_ADMIN; jobs run only when a test ticks them. */
export const COMMUNITY_ENV = { ADMIN_EMAIL: COMMUNITY_ADMIN.email, ADMIN_PASSWORD: COMMUNITY_ADMIN.password, BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0' };

export const adminToken = async (t: TestApp) => (await login(t.server, COMMUNITY_ADMIN.email, COMMUNITY_ADMIN.password)).access_token;

let made = 0;
/** A new product (no reviews yet) in `category`, through POST /products; answers its summary fields. */
export async function newProduct(t: TestApp, admin: string, options: { category?: string; price?: number; available?: number; name?: string } = {}) {
  const categories = (await request(t.server).get('/api/v1/categories')).body.data as { id: string; slug: string }[];
  const category = categories.find((c) => c.slug === (options.category ?? 'cables'))!;
  made += 1;
  const tag = `${Date.now().toString(36)}${made}`;
  const res = await request(t.server)
    .post('/api/v1/products')
    .set(bearer(admin))
    .send({
      name: options.name ?? `Test Product ${tag}`,
      description: 'A product made by a test.',
      brand: 'Testbrand',
      category_id: category.id,
      specifications: [],
      variants: [{ sku: `TEST-${tag}`.toUpperCase(), name: 'Default', options: {}, price: { amount: options.price ?? 1500, currency: 'USD' }, available: options.available ?? 100 }],
    });
  if (res.status !== 201) throw new Error(`product create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const p = res.body.data as { id: string; slug: string; name: string; variants: { id: string }[] };
  return { id: p.id, slug: p.slug, name: p.name, variantId: p.variants[0].id };
}

/** A paid order of `customer` (a token) for the variants, through the cart and POST /orders. */
export async function buy(t: TestApp, token: string, variants: { variantId: string; quantity?: number }[]) {
  for (const v of variants) {
    const res = await request(t.server).post('/api/v1/cart/items').set(bearer(token)).send({ variant_id: v.variantId, quantity: v.quantity ?? 1 });
    if (![200, 201].includes(res.status)) throw new Error(`add to cart failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const order = await checkout(t, token, randomUUID());
  if (order.status !== 201) throw new Error(`checkout failed: ${order.status} ${JSON.stringify(order.body)}`);
  return order.body.data as { id: string; status: string };
}

export { register, bearer };
