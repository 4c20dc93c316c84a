import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Discount, Money } from '@devgear/domain';
import type { CartDto, ProductDetailDto } from '@devgear/contracts';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaDiscountRepository } from '../src/modules/discount/persistence/prisma-discount.repository';
import { startTestApp, TestApp } from './support/test-app';
import { register } from './support/auth';

let t: TestApp;
const http = () => request(t.server);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp('cart_e2e', { BCRYPT_COST: '4' });
});
afterAll(async () => {
  await t?.close();
});

const customer = async () => (await register(t.server)).access_token;
const getCart = async (token: string) => {
  const res = await http().get('/api/v1/cart').set(bearer(token));
  expect(res.status).toBe(200);
  return res.body.data as CartDto;
};
const addItem = (token: string, body: unknown) => http().post('/api/v1/cart/items').set(bearer(token)).send(body as object);
const updateItem = (token: string, itemId: string, body: unknown) => http().patch(`/api/v1/cart/items/${itemId}`).set(bearer(token)).send(body as object);
const removeItem = (token: string, itemId: string) => http().delete(`/api/v1/cart/items/${itemId}`).set(bearer(token));

/** Checks the contract's invariant and that every money object is whole USD minor units. */
function expectConsistent(cart: CartDto) {
  const monies = [cart.subtotal, cart.shipping_total, cart.tax_total, cart.total, ...(cart.discount ? [cart.discount.amount] : [])];
  for (const m of monies) {
    expect(Number.isInteger(m.amount)).toBe(true);
    expect(m.currency).toBe('USD');
  }
  expect(cart.total.amount).toBe(cart.subtotal.amount - (cart.discount?.amount.amount ?? 0) + cart.shipping_total.amount + cart.tax_total.amount);
  const live = cart.items.filter((i) => i.unavailable === null);
  expect(cart.subtotal.amount).toBe(live.reduce((sum, i) => sum + i.line_total.amount, 0));
  expect(cart.item_count).toBe(live.reduce((sum, i) => sum + i.quantity, 0));
  for (const i of live) expect(i.line_total.amount).toBe(i.unit_price.amount * i.quantity);
}

/** The cheapest in-stock demo cables, in price order. */
let cables: string[] | undefined;
async function cableSlug(index: number): Promise<string> {
  if (!cables) {
    const res = await http().get('/api/v1/products?in_stock=true&category=cables&per_page=50&sort=price_asc');
    expect(res.status).toBe(200);
    cables = (res.body.data as { slug: string }[]).map((p) => p.slug);
  }
  expect(cables.length).toBeGreaterThan(index);
  return cables[index];
}

/** A demo variant as the storefront shows it (GET /products/{slug}), with its `available`. */
async function demoVariant(index: number) {
  const res = await http().get(`/api/v1/products/${await cableSlug(index)}`);
  expect(res.status).toBe(200);
  const product = res.body.data as ProductDetailDto;
  const variant = product.variants.find((v) => v.in_stock && v.available > 0)!;
  expect(variant).toBeDefined();
  const first = product.images[0];
  const image = first ? { url: first.url, alt: first.alt } : null;
  return { productId: product.id, slug: product.slug, variantId: variant.id, sku: variant.sku, price: variant.price.amount, available: variant.available, image };
}

/** A demo variant given exactly `units` in stock (through the catalog repository). */
async function stockedVariant(index: number, units: number) {
  const v = await demoVariant(index);
  const repo = t.shop.app.get(PrismaProductRepository);
  const product = (await repo.findBySlug(v.slug))!;
  product.setStock(v.variantId, units, new Date());
  await repo.save(product);
  return { ...v, available: units };
}

async function createDiscount(fields: Record<string, unknown>) {
  const code = `CART${randomUUID().slice(0, 8).toUpperCase()}`;
  await t.shop.app.get(PrismaDiscountRepository).save(Discount.create({ id: randomUUID(), code, ...fields } as never, new Date()));
  return code;
}

describe('authentication', () => {
  it('answers 401 UNAUTHENTICATED to every cart route without a valid token', async () => {
    const id = randomUUID();
    // Built one at a time: a supertest request starts listening as soon as it is created.
    const calls = [
      () => http().get('/api/v1/cart'),
      () => http().post('/api/v1/cart/items').send({ variant_id: id, quantity: 1 }),
      () => http().patch(`/api/v1/cart/items/${id}`).send({ quantity: 1 }),
      () => http().delete(`/api/v1/cart/items/${id}`),
      () => http().post('/api/v1/cart/discount').send({ code: 'WELCOME10' }),
      () => http().delete('/api/v1/cart/discount'),
      () => http().get('/api/v1/cart').set(bearer('not-a-jwt')),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('GET /cart', () => {
  it('gives a new customer an empty cart with zero totals and no shipping', async () => {
    const token = await customer();
    const cart = await getCart(token);
    expect(cart).toMatchObject({
      items: [],
      item_count: 0,
      subtotal: { amount: 0, currency: 'USD' },
      discount: null,
      shipping_total: { amount: 0, currency: 'USD' },
      tax_total: { amount: 0, currency: 'USD' },
      total: { amount: 0, currency: 'USD' },
    });
    expect(cart.id).toMatch(/^[0-9a-f-]{36}$/);
    // The same cart on the next visit.
    expect((await getCart(token)).id).toBe(cart.id);
  });
});

describe('adding and changing lines', () => {
  it('prices two variants, charges flat shipping under 10000 and none from there on', async () => {
    const token = await customer();
    const a = await stockedVariant(0, 99);
    const b = await stockedVariant(1, 99);
    expect(a.price + b.price).toBeLessThan(10000);

    const first = await addItem(token, { variant_id: a.variantId, quantity: 1 });
    expect(first.status).toBe(201);
    const second = await addItem(token, { variant_id: b.variantId, quantity: 1 });
    expect(second.status).toBe(201);
    const cart = second.body.data as CartDto;
    expectConsistent(cart);
    expect(cart.items.map((i) => i.variant_id)).toEqual([a.variantId, b.variantId]);
    const lineA = cart.items[0];
    expect(lineA).toMatchObject({ product_id: a.productId, sku: a.sku, quantity: 1, unit_price: { amount: a.price, currency: 'USD' }, unavailable: null });
    expect(lineA.name.length).toBeGreaterThan(0);
    // Each line shows its product's first picture (the demo products have pictures).
    expect(a.image).not.toBeNull();
    expect(lineA.image).toEqual(a.image);
    expect(cart.items[1].image).toEqual(b.image);
    expect(cart.item_count).toBe(2);
    expect(cart.subtotal.amount).toBe(a.price + b.price);
    expect(cart.shipping_total.amount).toBe(999);
    expect(cart.total.amount).toBe(a.price + b.price + 999);
    expect(await getCart(token)).toEqual(cart);

    // Enough of A to reach the free-shipping threshold.
    const quantity = Math.ceil((10000 - b.price) / a.price);
    expect(quantity).toBeLessThanOrEqual(99);
    const updated = await updateItem(token, lineA.id, { quantity });
    expect(updated.status).toBe(200);
    const big = updated.body.data as CartDto;
    expectConsistent(big);
    expect(big.items.find((i) => i.id === lineA.id)!.quantity).toBe(quantity);
    expect(big.subtotal.amount).toBe(a.price * quantity + b.price);
    expect(big.subtotal.amount).toBeGreaterThanOrEqual(10000);
    expect(big.shipping_total.amount).toBe(0);
    expect(big.total.amount).toBe(big.subtotal.amount);

    // Removing a line reprices the cart.
    const removed = await removeItem(token, lineA.id);
    expect(removed.status).toBe(200);
    const small = removed.body.data as CartDto;
    expectConsistent(small);
    expect(small.items.map((i) => i.variant_id)).toEqual([b.variantId]);
    expect(small.shipping_total.amount).toBe(999);
    expect(small.total.amount).toBe(b.price + 999);
  });

  it('adds the same variant to its existing line instead of a second line', async () => {
    const token = await customer();
    const v = await stockedVariant(2, 20);
    const first = (await addItem(token, { variant_id: v.variantId, quantity: 2 })).body.data as CartDto;
    const res = await addItem(token, { variant_id: v.variantId.toUpperCase(), quantity: 3 });
    expect([200, 201]).toContain(res.status);
    const cart = res.body.data as CartDto;
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0].id).toBe(first.items[0].id);
    expect(cart.items[0].quantity).toBe(5);
    expect(cart.items[0].line_total.amount).toBe(v.price * 5);
    expectConsistent(cart);
  });

  it.each([
    ['0', 0],
    ['100', 100],
    ['-1', -1],
    ['1.5', 1.5],
    ['the string "2"', '2'],
    ['null', null],
  ])('rejects quantity %s with 400 naming quantity', async (_label, quantity) => {
    const token = await customer();
    const v = await demoVariant(3);
    const res = await addItem(token, { variant_id: v.variantId, quantity });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(res.body.error.details)).toEqual(['quantity']);
    expect(res.body.error.request_id).toBe(res.headers['x-request-id']);
    // Nothing was added.
    expect((await getCart(token)).items).toEqual([]);
  });

  it('rejects a missing quantity, a bad variant id and a bad PATCH quantity with 400 naming the field', async () => {
    const token = await customer();
    const v = await demoVariant(3);
    const missing = await addItem(token, { variant_id: v.variantId });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.quantity).toBeDefined();
    const badId = await addItem(token, { variant_id: 'abc', quantity: 1 });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.variant_id).toBeDefined();
    const line = ((await addItem(token, { variant_id: v.variantId, quantity: 1 })).body.data as CartDto).items[0];
    for (const quantity of [0, 100, 1.5, '2']) {
      const res = await updateItem(token, line.id, { quantity });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.details)).toEqual(['quantity']);
    }
    expect((await getCart(token)).items[0].quantity).toBe(1);
  });

  it('answers 404 for a variant that does not exist', async () => {
    const token = await customer();
    const variantId = randomUUID();
    const res = await addItem(token, { variant_id: variantId, quantity: 1 });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(res.body.error.message).toContain(variantId);
    expect((await getCart(token)).items).toEqual([]);
  });

  it('refuses more than the available stock with 409 OUT_OF_STOCK naming the variant, counting what the cart holds', async () => {
    const token = await customer();
    const v = await stockedVariant(4, 7);
    const tooMany = await addItem(token, { variant_id: v.variantId, quantity: v.available + 1 });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('OUT_OF_STOCK');
    expect(tooMany.body.error.details[v.variantId]).toEqual([expect.stringContaining(String(v.available))]);
    expect((await getCart(token)).items).toEqual([]);

    // Everything there is: fine. One more on top of the line: refused, the line unchanged.
    const all = await addItem(token, { variant_id: v.variantId, quantity: v.available });
    expect(all.status).toBe(201);
    const line = (all.body.data as CartDto).items[0];
    const oneMore = await addItem(token, { variant_id: v.variantId, quantity: 1 });
    expect(oneMore.status).toBe(409);
    expect(oneMore.body.error.code).toBe('OUT_OF_STOCK');
    expect(oneMore.body.error.details[v.variantId]).toBeDefined();
    const patched = await updateItem(token, line.id, { quantity: v.available + 1 });
    expect(patched.status).toBe(409);
    expect(patched.body.error.code).toBe('OUT_OF_STOCK');
    expect((await getCart(token)).items[0].quantity).toBe(v.available);
  });

  it("answers 404 to PATCH and DELETE of another customer's line, and leaves that line alone", async () => {
    const owner = await customer();
    const intruder = await customer();
    const v = await stockedVariant(5, 10);
    const line = ((await addItem(owner, { variant_id: v.variantId, quantity: 2 })).body.data as CartDto).items[0];
    await addItem(intruder, { variant_id: v.variantId, quantity: 1 });

    const patch = await updateItem(intruder, line.id, { quantity: 5 });
    expect(patch.status).toBe(404);
    expect(patch.body.error.code).toBe('NOT_FOUND');
    const del = await removeItem(intruder, line.id);
    expect(del.status).toBe(404);
    expect(del.body.error.code).toBe('NOT_FOUND');
    expect((await getCart(owner)).items).toEqual([expect.objectContaining({ id: line.id, quantity: 2 })]);

    // Ids that cannot be a line at all are 404 too, not 400 or 500.
    expect((await removeItem(owner, 'not-a-uuid')).status).toBe(404);
    expect((await updateItem(owner, randomUUID(), { quantity: 1 })).status).toBe(404);
  });
});

describe('discount codes', () => {
  it('answers 422 INVALID_DISCOUNT to an unknown code and keeps the cart as it was', async () => {
    const token = await customer();
    const v = await stockedVariant(6, 10);
    await addItem(token, { variant_id: v.variantId, quantity: 1 });
    const res = await http().post('/api/v1/cart/discount').set(bearer(token)).send({ code: 'NO-SUCH-CODE' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('INVALID_DISCOUNT');
    const cart = await getCart(token);
    expect(cart.discount).toBeNull();
    expectConsistent(cart);

    const blank = await http().post('/api/v1/cart/discount').set(bearer(token)).send({ code: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.code).toBeDefined();
  });

  it('applies a code (any case), takes it off the subtotal before shipping, and removes it', async () => {
    const token = await customer();
    const a = await stockedVariant(7, 99);
    const quantity = Math.min(99, Math.ceil(10001 / a.price) + 1);
    const added = (await addItem(token, { variant_id: a.variantId, quantity })).body.data as CartDto;
    const subtotal = added.subtotal.amount;
    expect(subtotal).toBeGreaterThan(10000);
    expect(added.shipping_total.amount).toBe(0);

    // Discounted subtotal exactly at the threshold: still free shipping.
    const atThreshold = await createDiscount({ type: 'fixed', value: Money.of(subtotal - 10000, 'USD') });
    const applied = await http().post('/api/v1/cart/discount').set(bearer(token)).send({ code: atThreshold.toLowerCase() });
    expect(applied.status).toBe(200);
    const cart = applied.body.data as CartDto;
    expectConsistent(cart);
    expect(cart.discount).toEqual({ code: atThreshold, amount: { amount: subtotal - 10000, currency: 'USD' } });
    expect(cart.shipping_total.amount).toBe(0);
    expect(cart.total.amount).toBe(10000);
    expect((await getCart(token)).discount?.code).toBe(atThreshold);

    // One minor unit below it: flat shipping again.
    const below = await createDiscount({ type: 'fixed', value: Money.of(subtotal - 9999, 'USD') });
    const replaced = (await http().post('/api/v1/cart/discount').set(bearer(token)).send({ code: below })).body.data as CartDto;
    expectConsistent(replaced);
    expect(replaced.discount?.amount.amount).toBe(subtotal - 9999);
    expect(replaced.shipping_total.amount).toBe(999);
    expect(replaced.total.amount).toBe(9999 + 999);

    const removed = await http().delete('/api/v1/cart/discount').set(bearer(token));
    expect(removed.status).toBe(200);
    const plain = removed.body.data as CartDto;
    expect(plain.discount).toBeNull();
    expect(plain.total.amount).toBe(subtotal);
    expectConsistent(plain);
  });
});

describe('archived products', () => {
  it('keeps a line whose product was archived, flagged and left out of the totals, until the customer removes it', async () => {
    const token = await customer();
    const kept = await stockedVariant(8, 10);
    const gone = await stockedVariant(9, 10);
    await addItem(token, { variant_id: kept.variantId, quantity: 1 });
    await addItem(token, { variant_id: gone.variantId, quantity: 2 });

    const repo = t.shop.app.get(PrismaProductRepository);
    const product = (await repo.findBySlug(gone.slug))!;
    product.archive(new Date());
    await repo.save(product);

    const cart = await getCart(token);
    expectConsistent(cart);
    const flagged = cart.items.find((i) => i.variant_id === gone.variantId)!;
    expect(flagged).toMatchObject({ quantity: 2, unavailable: 'archived', sku: gone.sku, image: null });
    expect(cart.items.find((i) => i.variant_id === kept.variantId)!).toMatchObject({ unavailable: null, image: kept.image });
    expect(cart.item_count).toBe(1);
    expect(cart.subtotal.amount).toBe(kept.price);

    // It cannot be added again, but it can be removed.
    const again = await addItem(token, { variant_id: gone.variantId, quantity: 1 });
    expect(again.status).toBe(404);
    const removed = await removeItem(token, flagged.id);
    expect(removed.status).toBe(200);
    expect((removed.body.data as CartDto).items.map((i) => i.variant_id)).toEqual([kept.variantId]);
  });
});
