import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { ProductSummaryDto, WishlistResponse } from '@devgear/contracts';
import { BackgroundJobs } from '../src/platform/jobs/background-jobs';
import { startTestApp, type TestApp } from './support/test-app';
import { adminToken, bearer, buy, COMMUNITY_ENV, newProduct, register } from './support/community';

let t: TestApp;
let admin: string;
const http = () => request(t.server);

beforeAll(async () => {
  t = await startTestApp('wishlist_reco_e2e', { ...COMMUNITY_ENV, RECOMMENDATIONS_PER_USER: '4' });
  admin = await adminToken(t);
});
afterAll(async () => {
  await t?.close();
});

const wishlist = async (token: string, query = '') => {
  const res = await http().get(`/api/v1/wishlist${query}`).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as WishlistResponse;
};
const wish = (token: string, productId: unknown) => http().post('/api/v1/wishlist/items').set(bearer(token)).send({ product_id: productId });

describe('wishlist', () => {
  it('needs a signed-in customer on every route (401)', async () => {
    expect((await http().get('/api/v1/wishlist')).status).toBe(401);
    expect((await http().post('/api/v1/wishlist/items').send({ product_id: randomUUID() })).status).toBe(401);
    expect((await http().delete(`/api/v1/wishlist/items/${randomUUID()}`)).status).toBe(401);
  });

  it('adds (201), adds again without a duplicate (200), lists newest first with product summaries, removes (204)', async () => {
    const ada = await register(t.server);
    const a = await newProduct(t, admin);
    const b = await newProduct(t, admin);
    const first = await wish(ada.access_token, a.id);
    expect([first.status, first.body.data]).toEqual([201, { product_id: a.id, added: true }]);
    expect((await wish(ada.access_token, b.id)).status).toBe(201);
    const again = await wish(ada.access_token, a.id.toUpperCase());
    expect([again.status, again.body.data.added]).toEqual([200, false]);

    const list = await wishlist(ada.access_token);
    expect(list.meta).toMatchObject({ page: 1, per_page: 24, total: 2, has_next: false });
    expect(list.data.map((i) => i.product.id)).toEqual([b.id, a.id]);
    expect(Object.keys(list.data[0].product).sort()).toEqual(['brand', 'category', 'id', 'image', 'in_stock', 'max_price', 'name', 'price', 'rating', 'slug'].sort());
    expect(Date.parse(list.data[0].added_at)).toBeGreaterThanOrEqual(Date.parse(list.data[1].added_at));
    expect((await wishlist(ada.access_token, '?per_page=1&page=2')).data.map((i) => i.product.id)).toEqual([a.id]);

    expect((await http().delete(`/api/v1/wishlist/items/${a.id}`).set(bearer(ada.access_token))).status).toBe(204);
    expect((await http().delete(`/api/v1/wishlist/items/${a.id}`).set(bearer(ada.access_token))).status).toBe(204);
    expect((await wishlist(ada.access_token)).data.map((i) => i.product.id)).toEqual([b.id]);

    const bob = await register(t.server);
    expect((await wishlist(bob.access_token)).meta.total).toBe(0);
  });

  it('is 404 for an unknown or archived product, 400 for a malformed id; archived products leave the list', async () => {
    const ada = await register(t.server);
    expect((await wish(ada.access_token, randomUUID())).status).toBe(404);
    const bad = await wish(ada.access_token, 'keyboard');
    expect([bad.status, Object.keys(bad.body.error.details)]).toEqual([400, ['product_id']]);
    expect((await wish(ada.access_token, undefined)).status).toBe(400);
    expect((await http().delete('/api/v1/wishlist/items/not-a-uuid').set(bearer(ada.access_token))).status).toBe(404);

    const product = await newProduct(t, admin);
    expect((await wish(ada.access_token, product.id)).status).toBe(201);
    await http().delete(`/api/v1/products/${product.id}`).set(bearer(admin));
    expect((await wishlist(ada.access_token)).meta.total).toBe(0);
    expect((await wish(ada.access_token, product.id)).status).toBe(404);
  });

  it('adds a product once when the same add arrives 10 times at once', async () => {
    const ada = await register(t.server);
    const product = await newProduct(t, admin);
    const results = await Promise.all(Array.from({ length: 10 }, () => wish(ada.access_token, product.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect((await wishlist(ada.access_token)).meta.total).toBe(1);
  });
});

describe('recommendations', () => {
  const names = (items: ProductSummaryDto[]) => items.map((p) => p.name);
  const recommendations = async (token: string) => {
    const res = await http().get('/api/v1/recommendations').set(bearer(token));
    expect(res.status).toBe(200);
    return res.body.data as ProductSummaryDto[];
  };

  it('needs a signed-in customer (401)', async () => {
    expect((await http().get('/api/v1/recommendations')).status).toBe(401);
  });

  it('gives a customer without history the best sellers of the last 30 days (then the best rated), refreshed from order events', async () => {
    const newcomer = await register(t.server);
    const before = await recommendations(newcomer.access_token);
    expect(before).toHaveLength(4);
    expect(before.every((p) => p.in_stock)).toBe(true);

    // Two products become best sellers through paid orders; the order events refresh the lists.
    const hot = await newProduct(t, admin, { category: 'books', name: 'Hot Seller Book' });
    const warm = await newProduct(t, admin, { category: 'books', name: 'Warm Seller Book' });
    const buyers = await Promise.all([register(t.server), register(t.server)]);
    await buy(t, buyers[0].access_token, [{ variantId: hot.variantId, quantity: 5 }, { variantId: warm.variantId, quantity: 2 }]);
    await buy(t, buyers[1].access_token, [{ variantId: hot.variantId, quantity: 1 }]);
    await t.shop.app.get(BackgroundJobs).tick();

    const another = await register(t.server); // no cached list yet: computed now
    expect(names(await recommendations(another.access_token)).slice(0, 2)).toEqual(['Hot Seller Book', 'Warm Seller Book']);
  });

  it("recommends what a customer has not bought from her most-bought categories, best rated first, and refreshes after her orders", async () => {
    const category = 'audio-interfaces';
    const [bought, good, better, best] = await Promise.all(['Bought Mic', 'Good Mic', 'Better Mic', 'Best Mic'].map((name) => newProduct(t, admin, { category, name })));
    const raters = await Promise.all(Array.from({ length: 3 }, () => register(t.server)));
    const rate = (product: { id: string }, stars: number[]) =>
      Promise.all(stars.map((rating, i) => http().post(`/api/v1/products/${product.id}/reviews`).set(bearer(raters[i].access_token)).send({ rating, title: 't', body: 'b' })));
    await rate(good, [3]);
    await rate(better, [4, 4]);
    await rate(best, [5, 5, 5]);

    const ada = await register(t.server);
    await recommendations(ada.access_token); // cached before she buys anything
    await buy(t, ada.access_token, [{ variantId: bought.variantId, quantity: 2 }]);
    await t.shop.app.get(BackgroundJobs).tick(); // order.paid -> her list is recomputed
    const list = await recommendations(ada.access_token);
    expect(list).toHaveLength(4);
    expect(list.every((p) => p.category.slug === category && p.in_stock)).toBe(true);
    expect(names(list)).not.toContain('Bought Mic');
    expect(names(list)).toContain('Best Mic'); // 5.0 from three reviews
    const key = (p: ProductSummaryDto) => p.rating.average * 1000 + p.rating.count;
    for (let i = 1; i < list.length; i += 1) expect(key(list[i - 1])).toBeGreaterThanOrEqual(key(list[i]));
    // nothing better rated in the category was left out
    const category_ = (await http().get(`/api/v1/products?category=${category}&in_stock=true&per_page=100`)).body.data as ProductSummaryDto[];
    const left = category_.filter((p) => p.name !== 'Bought Mic' && !names(list).includes(p.name));
    expect(Math.max(...left.map(key))).toBeLessThanOrEqual(key(list[list.length - 1]));
  });

  it('shows "customers also bought" on the product page: shared paid orders first, then the same category', async () => {
    const [anchor, pair, other] = await Promise.all(['Anchor Cable', 'Pair Cable', 'Other Cable'].map((name) => newProduct(t, admin, { category: 'cables', name })));
    const buyer = await register(t.server);
    await buy(t, buyer.access_token, [{ variantId: anchor.variantId }, { variantId: pair.variantId }]);
    await t.shop.app.get(BackgroundJobs).tick();
    const res = await http().get(`/api/v1/products/${anchor.slug}/also-bought`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toMatchObject({ page: 1, total: 4 });
    expect(res.body.data[0].name).toBe('Pair Cable');
    expect((res.body.data as ProductSummaryDto[]).every((p) => p.category.slug === 'cables' || p.name === 'Pair Cable')).toBe(true);
    expect(names(res.body.data)).not.toContain('Anchor Cable');

    const lonely = await http().get(`/api/v1/products/${other.id}/also-bought`);
    expect((lonely.body.data as ProductSummaryDto[]).every((p) => p.category.slug === 'cables')).toBe(true);
    expect((await http().get(`/api/v1/products/${randomUUID()}/also-bought`)).status).toBe(404);
  });
});
