import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { AdminReviewDto, ProductDetailDto, ReviewDto, ReviewListResponse } from '@devgear/contracts';
import { PrismaService } from '../src/platform/database/prisma.service';
import { DemoCatalogSeeder } from '../src/seed/demo-catalog.seeder';
import { DemoCommunitySeeder } from '../src/seed/demo-community.seeder';
import { startTestApp, type TestApp } from './support/test-app';
import { adminToken, bearer, buy, COMMUNITY_ENV, newProduct, register } from './support/community';

let t: TestApp;
let admin: string;
const http = () => request(t.server);

beforeAll(async () => {
  t = await startTestApp('reviews_e2e', COMMUNITY_ENV);
  admin = await adminToken(t);
});
afterAll(async () => {
  await t?.close();
});

const review = (product: string, token: string, body: object = { rating: 4, title: 'Good', body: 'Does what it says.' }) =>
  http().post(`/api/v1/products/${product}/reviews`).set(bearer(token)).send(body);
const productRating = async (idOrSlug: string) => ((await http().get(`/api/v1/products/${idOrSlug}`)).body.data as ProductDetailDto).rating;
/** The product as the (cached) listing shows it. */
const listedRating = async (name: string) => {
  const res = await http().get(`/api/v1/products?q=${encodeURIComponent(name)}&per_page=5`);
  return (res.body.data as { name: string; rating: { average: number; count: number } }[]).find((p) => p.name === name)!.rating;
};

/** Products whose stored rating differs from a recount of their visible reviews. */
const mismatches = () =>
  t.shop.app.get(PrismaService).$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM products p
    LEFT JOIN (SELECT product_id, count(*)::int AS n, sum(rating)::int AS stars FROM reviews WHERE status = 'visible' GROUP BY product_id) r ON r.product_id = p.id
    WHERE p.rating_count <> coalesce(r.n, 0) OR p.rating_sum <> coalesce(r.stars, 0)
       OR p.rating_average <> CASE WHEN coalesce(r.n, 0) = 0 THEN 0 ELSE round(r.stars::numeric / r.n, 2) END`;


describe('demo reviews', () => {
  it('computes every rating the demo shows from review rows; seeding again creates nothing', async () => {
    const prisma = t.shop.app.get(PrismaService);
    const reviews = await prisma.review.count();
    expect(reviews).toBeGreaterThan(400);
    expect(await prisma.product.count({ where: { ratingCount: 0 } })).toBeGreaterThan(0); // some have none
    expect(await mismatches()).toEqual([]);
    const posts = await prisma.blogPost.count();
    expect(await t.shop.app.get(DemoCatalogSeeder).seed()).toMatchObject({ categoriesCreated: 0, productsCreated: 0 });
    expect(await t.shop.app.get(DemoCommunitySeeder).seed()).toEqual({ customersCreated: 0, reviewsCreated: 0, postsCreated: 0 });
    expect([await prisma.review.count(), await prisma.blogPost.count()]).toEqual([reviews, posts]);
  });

});

describe('GET /products/{id}/reviews', () => {
  it('lists a demo product’s visible reviews with the list envelope, newest first, and matches its rating', async () => {
    const top = (await http().get('/api/v1/products?sort=rating_desc&per_page=1')).body.data[0] as { slug: string; rating: { average: number; count: number } };
    expect(top.rating.count).toBeGreaterThan(0);
    const res = await http().get(`/api/v1/products/${top.slug}/reviews?per_page=100`);
    expect(res.status).toBe(200);
    const body = res.body as ReviewListResponse;
    expect(body.meta).toMatchObject({ page: 1, per_page: 100, total: top.rating.count, own_review: null });
    expect(body.data).toHaveLength(top.rating.count);
    const r = body.data[0];
    expect(Object.keys(r).sort()).toEqual(['author', 'body', 'created_at', 'helpful_count', 'id', 'rating', 'title', 'verified_purchase'].sort());
    expect(Object.keys(r.author)).toEqual(['first_name']);
    const average = Math.round((body.data.reduce((n, x) => n + x.rating, 0) * 100) / body.data.length) / 100;
    expect(top.rating.average).toBeCloseTo(average, 2);
    for (let i = 1; i < body.data.length; i += 1) expect(body.data[i - 1].created_at >= body.data[i].created_at).toBe(true);
  });

  it('sorts by rating and helpfulness, and pages', async () => {
    const slug = (await http().get('/api/v1/products?sort=rating_desc&per_page=1')).body.data[0].slug;
    const asc = (await http().get(`/api/v1/products/${slug}/reviews?sort=rating_asc`)).body.data as ReviewDto[];
    for (let i = 1; i < asc.length; i += 1) expect(asc[i - 1].rating).toBeLessThanOrEqual(asc[i].rating);
    const desc = (await http().get(`/api/v1/products/${slug}/reviews?sort=rating_desc`)).body.data as ReviewDto[];
    for (let i = 1; i < desc.length; i += 1) expect(desc[i - 1].rating).toBeGreaterThanOrEqual(desc[i].rating);
    const helpful = (await http().get(`/api/v1/products/${slug}/reviews?sort=helpful`)).body.data as ReviewDto[];
    for (let i = 1; i < helpful.length; i += 1) expect(helpful[i - 1].helpful_count).toBeGreaterThanOrEqual(helpful[i].helpful_count);
    const page = await http().get(`/api/v1/products/${slug}/reviews?per_page=1&page=2`);
    expect(page.body.meta).toMatchObject({ page: 2, per_page: 1 });
    expect(page.body.links.prev).toBe(`/api/v1/products/${slug}/reviews?per_page=1&page=1`);
  });

  it('is 400 for bad queries and 404 for unknown or archived products', async () => {
    for (const q of ['sort=best', 'per_page=0', 'per_page=101', 'page=x']) {
      const res = await http().get(`/api/v1/products/${(await http().get('/api/v1/products?per_page=1')).body.data[0].slug}/reviews?${q}`);
      expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    }
    expect((await http().get(`/api/v1/products/${randomUUID()}/reviews`)).status).toBe(404);
    expect((await http().get('/api/v1/products/no-such-product/reviews')).status).toBe(404);
    const gone = await newProduct(t, admin);
    expect((await http().delete(`/api/v1/products/${gone.id}`).set(bearer(admin))).status).toBe(204);
    expect((await http().get(`/api/v1/products/${gone.id}/reviews`)).status).toBe(404);
    const buyer = await register(t.server);
    expect((await review(gone.id, buyer.access_token)).status).toBe(404);
  });
});

describe('POST /products/{id}/reviews', () => {
  it('needs a signed-in customer (401)', async () => {
    const product = await newProduct(t, admin);
    const res = await http().post(`/api/v1/products/${product.id}/reviews`).send({ rating: 5, title: 't', body: 'b' });
    expect([res.status, res.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const bad = await http().post(`/api/v1/products/${product.id}/reviews`).set(bearer('not-a-token')).send({ rating: 5, title: 't', body: 'b' });
    expect(bad.status).toBe(401);
  });

  it('validates the review and names each field (400), storing nothing', async () => {
    const product = await newProduct(t, admin);
    const ada = await register(t.server);
    const cases: [object, string][] = [
      [{ rating: 6, title: 't', body: 'b' }, 'rating'],
      [{ rating: 0, title: 't', body: 'b' }, 'rating'],
      [{ rating: 4.5, title: 't', body: 'b' }, 'rating'],
      [{ rating: '5', title: 't', body: 'b' }, 'rating'],
      [{ title: 't', body: 'b' }, 'rating'],
      [{ rating: 5, title: '   ', body: 'b' }, 'title'],
      [{ rating: 5, title: 'x'.repeat(121), body: 'b' }, 'title'],
      [{ rating: 5, title: 't', body: 'x'.repeat(5001) }, 'body'],
      [{ rating: 5, title: 'a\u0000b', body: 'b' }, 'title'],
      [{ rating: 5, title: 't', body: 'lone \ud800 surrogate' }, 'body'],
      [{ rating: 5, title: 't', body: 'b', stars: 5 }, 'stars'],
    ];
    for (const [body, field] of cases) {
      const res = await review(product.id, ada.access_token, body);
      expect([res.status, res.body.error?.code, JSON.stringify(body)]).toEqual([400, 'VALIDATION_ERROR', JSON.stringify(body)]);
      expect(Object.keys(res.body.error.details)).toContain(field);
    }
    expect(await productRating(product.id)).toEqual({ average: 0, count: 0 });
  });

  it('creates a visible review (201), moves the rating everywhere at once, and refuses a second one (409)', async () => {
    const product = await newProduct(t, admin);
    expect(await listedRating(product.name)).toEqual({ average: 0, count: 0 }); // now cached
    const ada = await register(t.server, { first_name: 'Ada' });
    const res = await review(product.slug, ada.access_token, { rating: 5, title: ' Superb ', body: 'Exactly as described.' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ rating: 5, title: 'Superb', body: 'Exactly as described.', author: { first_name: 'Ada' }, verified_purchase: false, helpful_count: 0, status: 'visible' });
    expect(await productRating(product.id)).toEqual({ average: 5, count: 1 });
    expect(await listedRating(product.name)).toEqual({ average: 5, count: 1 });

    const bob = await register(t.server, { first_name: 'Bob' });
    expect((await review(product.id, bob.access_token, { rating: 2, title: 'Meh', body: 'Broke quickly.' })).status).toBe(201);
    expect(await productRating(product.id)).toEqual({ average: 3.5, count: 2 });
    expect(await listedRating(product.name)).toEqual({ average: 3.5, count: 2 });

    const again = await review(product.id, ada.access_token, { rating: 1, title: 'Changed my mind', body: 'No.' });
    expect([again.status, again.body.error.code]).toEqual([409, 'CONFLICT']);
    expect(await productRating(product.id)).toEqual({ average: 3.5, count: 2 });

    const mine = await http().get(`/api/v1/products/${product.id}/reviews`).set(bearer(ada.access_token));
    expect(mine.body.meta.own_review).toMatchObject({ id: res.body.data.id, status: 'visible' });
  });

  it('marks a verified purchase for a customer with a paid order containing the product, not after a cancellation', async () => {
    const product = await newProduct(t, admin);
    const buyer = await register(t.server);
    await buy(t, buyer.access_token, [{ variantId: product.variantId }]);
    const verified = await review(product.id, buyer.access_token);
    expect(verified.body.data.verified_purchase).toBe(true);

    const canceller = await register(t.server);
    const order = await buy(t, canceller.access_token, [{ variantId: product.variantId }]);
    expect((await http().post(`/api/v1/orders/${order.id}/cancel`).set(bearer(canceller.access_token))).status).toBe(200);
    expect((await review(product.id, canceller.access_token)).body.data.verified_purchase).toBe(false);

    const otherProduct = await newProduct(t, admin);
    const elsewhere = await register(t.server);
    await buy(t, elsewhere.access_token, [{ variantId: otherProduct.variantId }]);
    expect((await review(product.id, elsewhere.access_token)).body.data.verified_purchase).toBe(false);
  });

  it('keeps the rating exact when 20 customers review one product at once, and one customer posting twice at once gets one review', async () => {
    const product = await newProduct(t, admin);
    const customers = await Promise.all(Array.from({ length: 20 }, () => register(t.server)));
    const stars = customers.map((_, i) => (i % 5) + 1); // four of each 1..5 -> 3.00
    stars[0] = 5; // one 1 becomes 5 -> sum 64 / 20 = 3.2
    const results = await Promise.all(customers.map((c, i) => review(product.id, c.access_token, { rating: stars[i], title: `Review ${i}`, body: 'Concurrent.' })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await productRating(product.id)).toEqual({ average: 3.2, count: 20 });
    const row = await t.shop.app.get(PrismaService).product.findUniqueOrThrow({ where: { id: product.id } });
    expect([row.ratingCount, row.ratingSum]).toEqual([20, 64]);

    const twice = await Promise.all([review(product.id, customers[0].access_token), review(product.id, customers[0].access_token)]);
    expect(twice.map((r) => r.status).sort()).toEqual([409, 409]); // already reviewed above
    const fresh = await register(t.server);
    const race = await Promise.all(Array.from({ length: 5 }, () => review(product.id, fresh.access_token, { rating: 1, title: 'x', body: 'y' })));
    expect(race.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await productRating(product.id)).toEqual({ average: 3.1, count: 21 }); // 65 / 21 = 3.095
  });
});

describe('POST /reviews/{id}/helpful', () => {
  it('counts one vote per customer, 403 for the author, 401 signed out, 404 unknown or hidden', async () => {
    const product = await newProduct(t, admin);
    const [author, reader, other] = await Promise.all([register(t.server), register(t.server), register(t.server)]);
    const id = (await review(product.id, author.access_token)).body.data.id as string;
    const vote = (token: string, reviewId = id) => http().post(`/api/v1/reviews/${reviewId}/helpful`).set(bearer(token)).send();
    expect((await http().post(`/api/v1/reviews/${id}/helpful`).send()).status).toBe(401);
    expect((await vote(reader.access_token)).body.data.helpful_count).toBe(1);
    expect((await vote(reader.access_token)).body.data.helpful_count).toBe(1);
    const third = await vote(other.access_token);
    expect([third.status, third.body.data.helpful_count]).toEqual([200, 2]);
    const own = await vote(author.access_token);
    expect([own.status, own.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await vote(reader.access_token, randomUUID())).status).toBe(404);
    expect((await vote(reader.access_token, 'not-a-uuid')).status).toBe(404);
    await http().patch(`/api/v1/admin/reviews/${id}`).set(bearer(admin)).send({ status: 'hidden' });
    expect((await vote(reader.access_token)).status).toBe(404);
  });
});

describe('reviews moderation (admin)', () => {
  it('needs an admin: 401 signed out, 403 for a customer', async () => {
    const customer = await register(t.server);
    for (const [method, path] of [['get', '/api/v1/admin/reviews'], ['get', `/api/v1/admin/reviews/${randomUUID()}`], ['patch', `/api/v1/admin/reviews/${randomUUID()}`], ['delete', `/api/v1/admin/reviews/${randomUUID()}`]] as const) {
      expect((await http()[method](path).send({ status: 'hidden' })).status).toBe(401);
      const res = await http()[method](path).set(bearer(customer.access_token)).send({ status: 'hidden' });
      expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('lists every review with author and product, filters them, and validates filters', async () => {
    const product = await newProduct(t, admin);
    const customer = await register(t.server, { first_name: 'Mod' });
    const id = (await review(product.id, customer.access_token, { rating: 1, title: 'Spam spam', body: 'Buy cheap watches' })).body.data.id;
    const all = await http().get('/api/v1/admin/reviews?per_page=5').set(bearer(admin));
    expect(all.status).toBe(200);
    expect(all.body.meta.total).toBeGreaterThan(100); // the demo reviews too
    const mine = await http().get(`/api/v1/admin/reviews?product_id=${product.id}`).set(bearer(admin));
    expect(mine.body.data).toHaveLength(1);
    const r = mine.body.data[0] as AdminReviewDto;
    expect(r).toMatchObject({ id, status: 'visible', rating: 1, author: { id: customer.user.id, first_name: 'Mod', email: customer.email }, product: { id: product.id, slug: product.slug, name: product.name } });
    expect((await http().get('/api/v1/admin/reviews?q=CHEAP%20WATCHES').set(bearer(admin))).body.data.map((x: AdminReviewDto) => x.id)).toEqual([id]);
    expect((await http().get(`/api/v1/admin/reviews/${id}`).set(bearer(admin))).body.data.id).toBe(id);
    for (const q of ['status=gone', 'rating=6', 'product_id=nope', 'per_page=500', 'unknown=1']) {
      expect((await http().get(`/api/v1/admin/reviews?${q}`).set(bearer(admin))).status).toBe(400);
    }
    expect((await http().get(`/api/v1/admin/reviews/${randomUUID()}`).set(bearer(admin))).status).toBe(404);
  });

  it('hides, shows and deletes reviews, with the product rating following each change', async () => {
    const product = await newProduct(t, admin);
    const customers = await Promise.all([register(t.server), register(t.server), register(t.server)]);
    const ids: string[] = [];
    for (const [i, stars] of [5, 4, 1].entries()) ids.push((await review(product.id, customers[i].access_token, { rating: stars, title: 't', body: 'b' })).body.data.id);
    expect(await productRating(product.id)).toEqual({ average: 3.33, count: 3 });
    expect(await listedRating(product.name)).toEqual({ average: 3.33, count: 3 });

    const hide = await http().patch(`/api/v1/admin/reviews/${ids[2]}`).set(bearer(admin)).send({ status: 'hidden' });
    expect([hide.status, hide.body.data.status]).toEqual([200, 'hidden']);
    expect(await productRating(product.id)).toEqual({ average: 4.5, count: 2 });
    expect(await listedRating(product.name)).toEqual({ average: 4.5, count: 2 });
    const publicList = (await http().get(`/api/v1/products/${product.id}/reviews`)).body;
    expect(publicList.data.map((r: ReviewDto) => r.id)).not.toContain(ids[2]);
    expect(publicList.meta.total).toBe(2);
    // the author still sees it, marked hidden
    expect((await http().get(`/api/v1/products/${product.id}/reviews`).set(bearer(customers[2].access_token))).body.meta.own_review).toMatchObject({ id: ids[2], status: 'hidden' });

    expect((await http().patch(`/api/v1/admin/reviews/${ids[2]}`).set(bearer(admin)).send({ status: 'hidden' })).status).toBe(200);
    expect(await productRating(product.id)).toEqual({ average: 4.5, count: 2 });

    expect((await http().delete(`/api/v1/admin/reviews/${ids[0]}`).set(bearer(admin))).status).toBe(204);
    expect(await productRating(product.id)).toEqual({ average: 4, count: 1 });
    expect(await listedRating(product.name)).toEqual({ average: 4, count: 1 });
    expect((await http().delete(`/api/v1/admin/reviews/${ids[0]}`).set(bearer(admin))).status).toBe(404);
    expect((await http().delete(`/api/v1/admin/reviews/${ids[2]}`).set(bearer(admin))).status).toBe(204); // hidden: no change
    expect(await productRating(product.id)).toEqual({ average: 4, count: 1 });

    await http().patch(`/api/v1/admin/reviews/${ids[1]}`).set(bearer(admin)).send({ status: 'hidden' });
    expect(await productRating(product.id)).toEqual({ average: 0, count: 0 });
    await http().patch(`/api/v1/admin/reviews/${ids[1]}`).set(bearer(admin)).send({ status: 'visible' });
    expect(await productRating(product.id)).toEqual({ average: 4, count: 1 });

    const bad = await http().patch(`/api/v1/admin/reviews/${ids[1]}`).set(bearer(admin)).send({ status: 'deleted' });
    expect([bad.status, Object.keys(bad.body.error.details)]).toEqual([400, ['status']]);
    expect((await http().patch(`/api/v1/admin/reviews/${randomUUID()}`).set(bearer(admin)).send({ status: 'hidden' })).status).toBe(404);
    expect((await http().patch('/api/v1/admin/reviews/not-a-uuid').set(bearer(admin)).send({ status: 'hidden' })).status).toBe(404);
  });

  it('keeps the rating exact when two admins hide and delete the same reviews at once', async () => {
    const product = await newProduct(t, admin);
    const customers = await Promise.all(Array.from({ length: 6 }, () => register(t.server)));
    const ids = await Promise.all(customers.map(async (c, i) => (await review(product.id, c.access_token, { rating: i + 1 > 5 ? 5 : i + 1, title: 't', body: 'b' })).body.data.id as string));
    const ops = ids.slice(0, 4).flatMap((id, i) => [
      http().patch(`/api/v1/admin/reviews/${id}`).set(bearer(admin)).send({ status: 'hidden' }),
      i % 2 ? http().delete(`/api/v1/admin/reviews/${id}`).set(bearer(admin)) : http().patch(`/api/v1/admin/reviews/${id}`).set(bearer(admin)).send({ status: 'hidden' }),
    ]);
    await Promise.all(ops);
    const left = (await http().get(`/api/v1/products/${product.id}/reviews?per_page=100`)).body.data as ReviewDto[];
    const expected = { count: left.length, average: left.length ? Math.round((left.reduce((n, r) => n + r.rating, 0) * 100) / left.length) / 100 : 0 };
    expect(left.map((r) => r.rating).sort()).toEqual([5, 5]);
    expect(await productRating(product.id)).toEqual(expected);
  });
});

describe('after every change above', () => {
  it('no stored rating drifted from a recount of the visible reviews (creates, hides, deletes, races)', async () => {
    expect(await mismatches()).toEqual([]);
  });
});
