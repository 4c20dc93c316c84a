import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { login, register } from './support/auth';
import { bearer, checkout, customerWithCart } from './support/shop';

const ADMIN = { email: 'catalog.admin@devgear.test', password: 'admin-password-for-tests' };
let t: TestApp;
let admin: string;
let categoryId: string;
const http = () => request(t.server);

beforeAll(async () => {
  t = await startTestApp('admin_catalog_e2e', { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0' });
  admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
  categoryId = ((await http().get('/api/v1/categories')).body.data as { id: string; slug: string }[]).find((c) => c.slug === 'keyboards')!.id;
});
afterAll(async () => {
  await t?.close();
});

let counter = 0;
async function newProduct(stock = [5, 3]) {
  counter += 1;
  const res = await http()
    .post('/api/v1/products')
    .set(bearer(admin))
    .send({
      name: `Admin Test Board ${counter} ${randomUUID().slice(0, 4)}`,
      description: 'Made by the admin catalog suite.',
      brand: 'Testbench',
      category_id: categoryId,
      specifications: [{ key: 'Layout', value: '65%' }],
      variants: stock.map((available, i) => ({ sku: `ATB-${counter}-${i}-${randomUUID().slice(0, 6)}`, name: `Variant ${i}`, options: { colour: `c${i}` }, price: { amount: 7900 + i * 500, currency: 'USD' }, available })),
    });
  expect(res.status).toBe(201);
  return (await http().get(`/api/v1/admin/products/${res.body.data.id}`).set(bearer(admin))).body.data as {
    id: string;
    slug: string;
    name: string;
    version: number;
    variants: { id: string; sku: string; name: string; options: Record<string, string>; price: { amount: number; currency: string }; available: number }[];
  };
}

it('every admin catalog route needs an admin: 401 without a token, 403 for a customer', async () => {
  const p = await newProduct();
  const customer = await register(t.server);
  const routes: [string, string][] = [
    ['post', '/api/v1/products'],
    ['patch', `/api/v1/products/${p.id}`],
    ['post', `/api/v1/products/${p.id}/images`],
    ['delete', `/api/v1/products/${p.id}/images/${randomUUID()}`],
    ['put', `/api/v1/products/${p.id}/images/order`],
    ['delete', `/api/v1/products/${p.id}`],
    ['put', `/api/v1/products/${p.id}/variants/${p.variants[0].id}/stock`],
    ['get', '/api/v1/admin/products'],
    ['get', `/api/v1/admin/products/${p.id}`],
    ['get', `/api/v1/admin/products/${p.id}/stock-movements`],
  ];
  for (const [method, path] of routes) {
    const call = (h: Record<string, string>) => (http() as unknown as Record<string, (p: string) => request.Test>)[method](path).set(h).send({});
    expect([path, (await call({})).status]).toEqual([path, 401]);
    expect([path, (await call(bearer(customer.access_token))).status]).toEqual([path, 403]);
  }
});

it('updates a product with its version; a stale version is 409 CONFLICT, and two admins racing cannot both win', async () => {
  const p = await newProduct();
  const renamed = await http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: p.version, name: 'Renamed Board', brand: 'Renamed Co' });
  expect(renamed.status).toBe(200);
  expect(renamed.body.data).toMatchObject({ name: 'Renamed Board', brand: 'Renamed Co', slug: p.slug, version: p.version + 1 });

  const stale = await http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: p.version, name: 'Lost Update' });
  expect(stale.status).toBe(409);
  expect(stale.body.error.code).toBe('CONFLICT');
  expect(stale.body.error.details).toHaveProperty('version');
  expect(stale.body.error.message).toMatch(/changed by someone else/);

  const v = renamed.body.data.version;
  const race = await Promise.all([
    http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: v, name: 'Admin A' }),
    http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: v, name: 'Admin B' }),
  ]);
  expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
  const winner = race.find((r) => r.status === 200)!.body.data.name;
  expect((await http().get(`/api/v1/products/${p.slug}`)).body.data.name).toBe(winner);
});

it('validates changes and names the field; duplicate slugs and SKUs are 409', async () => {
  const p = await newProduct();
  const other = await newProduct();
  const patch = (body: object) => http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send(body);
  for (const [body, field] of [
    [{ name: 'No version' }, 'version'],
    [{ version: p.version, name: '' }, 'name'],
    [{ version: p.version, surprise: 1 }, 'surprise'],
    [{ version: p.version, category_id: 'x' }, 'category_id'],
    [{ version: p.version, variants: [] }, 'variants'],
    [{ version: p.version, variants: [{ ...p.variants[0], price: { amount: 0, currency: 'USD' } }] }, 'variants.0.price'],
    [{ version: p.version, variants: [{ ...p.variants[0], id: randomUUID() }] }, 'variants.0.id'],
  ] as [object, string][]) {
    const res = await patch(body);
    expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
    expect(Object.keys(res.body.error.details)).toContain(field);
  }
  const slug = await patch({ version: p.version, slug: other.slug });
  expect([slug.status, Object.keys(slug.body.error.details)]).toEqual([409, ['slug']]);
  const sku = await patch({ version: p.version, variants: [{ ...p.variants[0], sku: other.variants[1].sku }] });
  expect(sku.status).toBe(409);
  expect(sku.body.error.details).toHaveProperty(['variants.0.sku']);
  // Adding a variant (with its stock) and dropping one.
  const reshaped = await patch({ version: p.version, variants: [p.variants[0], { sku: `NEW-${randomUUID().slice(0, 8)}`, name: 'New one', options: { colour: 'new' }, price: { amount: 9900, currency: 'USD' }, available: 7 }] });
  expect(reshaped.status).toBe(200);
  expect(reshaped.body.data.variants.map((v: { available: number }) => v.available)).toEqual([5, 7]);
});

it('a product edit never writes back stock that a checkout took meanwhile', async () => {
  const p = await newProduct([4, 3]);
  const buyer = await customerWithCart(t, p.variants[0].id, 1);
  expect((await checkout(t, buyer.access_token, randomUUID())).status).toBe(201);
  // The admin's form was loaded before the sale (same version: a sale does not change the product).
  const res = await http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: p.version, name: 'Edited During A Sale', variants: p.variants });
  expect(res.status).toBe(200);
  expect(res.body.data.variants[0].available).toBe(3);
  expect((await http().get(`/api/v1/products/${p.id}`)).body.data.variants[0].available).toBe(3);
});

it('sets stock per variant and keeps an auditable history of who changed what and why', async () => {
  const p = await newProduct([5, 0]);
  const put = (variantId: string, body: object) => http().put(`/api/v1/products/${p.id}/variants/${variantId}/stock`).set(bearer(admin)).send(body);
  const first = await put(p.variants[0].id, { available: 12, reason: 'delivery received' });
  expect(first.status).toBe(200);
  expect(first.body.data).toMatchObject({ sku: p.variants[0].sku, previous: 5, available: 12, delta: 7, reason: 'delivery received', author: { email: ADMIN.email } });
  const second = await put(p.variants[0].id, { available: 0 });
  expect(second.body.data).toMatchObject({ previous: 12, available: 0, delta: -12, reason: 'manual adjustment' });
  expect((await http().get(`/api/v1/products/${p.id}`)).body.data.in_stock).toBe(false);
  expect((await put(p.variants[1].id, { available: 2, reason: 'found two in the back' })).status).toBe(200);
  expect((await http().get(`/api/v1/products/${p.id}`)).body.data.in_stock).toBe(true);

  const history = await http().get(`/api/v1/admin/products/${p.id}/stock-movements`).set(bearer(admin));
  expect(history.status).toBe(200);
  expect(history.body.data.map((m: { sku: string; previous: number; available: number; reason: string }) => [m.sku, m.previous, m.available, m.reason])).toEqual([
    [p.variants[1].sku, 0, 2, 'found two in the back'],
    [p.variants[0].sku, 12, 0, 'manual adjustment'],
    [p.variants[0].sku, 5, 12, 'delivery received'],
  ]);
  expect(history.body.meta.total).toBe(3);

  for (const [body, field] of [[{ available: -1 }, 'available'], [{ available: 1.5 }, 'available'], [{}, 'available'], [{ available: 1, reason: 'x'.repeat(201) }, 'reason']] as [object, string][]) {
    const res = await put(p.variants[0].id, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toHaveProperty(field);
  }
  expect((await put(randomUUID(), { available: 1 })).status).toBe(404);
  expect((await http().put(`/api/v1/products/${randomUUID()}/variants/${p.variants[0].id}/stock`).set(bearer(admin)).send({ available: 1 })).status).toBe(404);
});

it('archives a product: gone from the storefront, kept in the back office and in orders', async () => {
  const p = await newProduct([5]);
  const buyer = await customerWithCart(t, p.variants[0].id, 1);
  const order = await checkout(t, buyer.access_token, randomUUID());
  expect(order.status).toBe(201);
  expect((await http().delete(`/api/v1/products/${p.id}`).set(bearer(admin))).status).toBe(204);
  expect((await http().get(`/api/v1/products/${p.slug}`)).status).toBe(404);
  expect((await http().get(`/api/v1/products?q=${encodeURIComponent(p.name)}`)).body.data.map((x: { id: string }) => x.id)).not.toContain(p.id);
  const archived = await http().get('/api/v1/admin/products?status=archived&per_page=100').set(bearer(admin));
  expect(archived.body.data.map((x: { id: string }) => x.id)).toContain(p.id);
  expect((await http().get('/api/v1/admin/products?status=active&per_page=100').set(bearer(admin))).body.data.map((x: { id: string }) => x.id)).not.toContain(p.id);
  expect((await http().delete(`/api/v1/products/${p.id}`).set(bearer(admin))).status).toBe(404);
  expect((await http().patch(`/api/v1/products/${p.id}`).set(bearer(admin)).send({ version: 2, name: 'x' })).status).toBe(404);
  const kept = await http().get(`/api/v1/orders/${order.body.data.id}`).set(bearer(buyer.access_token));
  expect(kept.body.data.items[0].product_id).toBe(p.id);
});

it('lists and searches products for the back office with stock totals', async () => {
  const p = await newProduct([5, 3]);
  const bySku = await http().get(`/api/v1/admin/products?q=${p.variants[1].sku.toLowerCase()}`).set(bearer(admin));
  expect(bySku.status).toBe(200);
  expect(bySku.body.data).toEqual([expect.objectContaining({ id: p.id, total_available: 8, version: p.version, archived_at: null })]);
  expect((await http().get('/api/v1/admin/products?status=gone').set(bearer(admin))).status).toBe(400);
  const all = await http().get('/api/v1/admin/products?per_page=5').set(bearer(admin));
  expect(all.body.data).toHaveLength(5);
  expect(all.body.meta.total).toBeGreaterThan(150);
});
