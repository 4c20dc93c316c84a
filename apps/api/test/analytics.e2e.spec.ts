import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Money, Order, PricingService, ShippingAddress } from '@devgear/domain';
import { PrismaOrderRepository } from '../src/modules/ordering/persistence/prisma-order.repository';
import { CryptoOrderNumberGenerator } from '../src/modules/ordering/persistence/crypto-order-number.generator';
import { startTestApp, type TestApp } from './support/test-app';
import { login, register } from './support/auth';
import { bearer } from './support/shop';

const ADMIN = { email: 'analytics.admin@devgear.test', password: 'admin-password-for-tests' };
let t: TestApp;
let admin: string;
const http = () => request(t.server);
const analytics = (query = '') => http().get(`/api/v1/admin/analytics${query}`).set(bearer(admin));

beforeAll(async () => {
  t = await startTestApp('analytics_e2e', { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0' });
  admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
});
afterAll(async () => {
  await t?.close();
});

const at = (iso: string) => new Date(iso);

it('answers zeros for a store without orders, with every day of the window', async () => {
  const res = await analytics('?from=2026-11-01&to=2026-11-03');
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual({
    from: '2026-11-01',
    to: '2026-11-03',
    revenue: { amount: 0, currency: 'USD' },
    orders_count: 0,
    average_order_value: { amount: 0, currency: 'USD' },
    orders_by_status: { pending: 0, paid: 0, packed: 0, shipped: 0, delivered: 0, cancelled: 0, refunded: 0 },
    top_products: [],
    sales_by_day: ['2026-11-01', '2026-11-02', '2026-11-03'].map((date) => ({ date, revenue: { amount: 0, currency: 'USD' }, orders: 0 })),
  });
});

it('matches a hand-computed fixture: refunds, cancellations and unpaid orders are not revenue', async () => {
  const customer = await register(t.server);
  const products = (await http().get('/api/v1/products?category=keyboards&per_page=2&sort=name_asc')).body.data as { id: string; name: string; slug: string }[];
  const [p1, p2] = await Promise.all(products.map(async (p) => (await http().get(`/api/v1/products/${p.slug}`)).body.data));
  const pricing = t.shop.app.get(PricingService);
  const repo = t.shop.app.get(PrismaOrderRepository);
  const numbers = new CryptoOrderNumberGenerator();
  const line = (p: { id: string; name: string; variants: { id: string; sku: string }[] }, quantity: number, unit: number) => ({
    variantId: p.variants[0].id,
    productId: p.id,
    name: `${p.name} (fixture)`,
    sku: p.variants[0].sku,
    quantity,
    unitPrice: Money.of(unit, 'USD'),
  });
  async function order(placedAt: string, lines: ReturnType<typeof line>[], then: (o: Order, now: Date) => void = () => {}) {
    const o = Order.place(
      {
        id: randomUUID(),
        number: numbers.next(),
        customerId: customer.user.id,
        customerEmail: customer.email,
        lines,
        totals: pricing.quote(lines, null),
        discount: null,
        shippingAddress: ShippingAddress.create({ name: 'Ada', line1: '1 Way', city: 'London', postalCode: 'N1', country: 'GB' }),
        payment: { provider: 'local', method: 'pm_card_visa' },
      },
      at(placedAt),
    );
    then(o, new Date(at(placedAt).getTime() + 60_000));
    await repo.save(o);
    return o;
  }
  const paid = (o: Order, now: Date) => o.markPaid(now, 'pi_fixture');
  // In the window 2026-11-01 .. 2026-11-03 (UTC):
  await order('2026-11-01T10:00:00Z', [line(p1, 2, 2500)], paid); // 5000 + 999 shipping = 5999, paid
  await order('2026-11-01T23:30:00Z', [line(p2, 1, 12000)], (o, now) => {
    paid(o, now);
    o.markPacked(now);
    o.markShipped(now, { carrier: 'UPS', trackingNumber: '1Z' });
    o.markDelivered(now);
  }); // 12000, free shipping, delivered
  await order('2026-11-02T09:00:00Z', [line(p1, 1, 2500), line(p2, 1, 12000)], (o, now) => {
    paid(o, now);
    o.cancel(now, 'customer');
    o.markRefunded(now, 're_fixture');
  }); // 14500, refunded: not revenue
  await order('2026-11-03T12:00:00Z', [line(p1, 3, 2500)]); // 8499, pending: not revenue
  await order('2026-11-03T13:00:00Z', [line(p1, 1, 2500)], (o, now) => o.cancel(now, 'expired')); // cancelled unpaid
  // Outside the window:
  await order('2026-10-31T23:59:00Z', [line(p2, 1, 12000)], paid);
  await order('2026-11-04T00:00:00Z', [line(p2, 1, 12000)], paid);

  const res = await analytics('?from=2026-11-01&to=2026-11-03');
  expect(res.status).toBe(200);
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  expect(res.body.data).toEqual({
    from: '2026-11-01',
    to: '2026-11-03',
    revenue: usd(17999),
    orders_count: 2,
    average_order_value: usd(9000), // 8999.5 rounds half-up
    orders_by_status: { pending: 1, paid: 1, packed: 0, shipped: 0, delivered: 1, cancelled: 1, refunded: 1 },
    top_products: [
      { product_id: p1.id, name: p1.name, units: 2, revenue: usd(5000) },
      { product_id: p2.id, name: p2.name, units: 1, revenue: usd(12000) },
    ],
    sales_by_day: [
      { date: '2026-11-01', revenue: usd(17999), orders: 2 },
      { date: '2026-11-02', revenue: usd(0), orders: 0 },
      { date: '2026-11-03', revenue: usd(0), orders: 0 },
    ],
  });
  // One day only.
  const day = await analytics('?from=2026-11-04&to=2026-11-04');
  expect(day.body.data).toMatchObject({ revenue: usd(12000), orders_count: 1, sales_by_day: [{ date: '2026-11-04', revenue: usd(12000), orders: 1 }] });
});

it('validates the window and is admin-only', async () => {
  for (const [query, field] of [['?from=2026-02-30', 'from'], ['?to=soon', 'to'], ['?from=2026-11-05&to=2026-11-01', 'from'], ['?from=2020-01-01&to=2026-11-01', 'from'], ['?days=7', 'days']]) {
    const res = await analytics(query);
    expect([query, res.status, res.body.error.code]).toEqual([query, 400, 'VALIDATION_ERROR']);
    expect(res.body.error.details).toHaveProperty(field);
  }
  expect((await http().get('/api/v1/admin/analytics')).status).toBe(401);
  const customer = await register(t.server);
  expect((await http().get('/api/v1/admin/analytics').set(bearer(customer.access_token))).status).toBe(403);
  const defaults = await analytics();
  expect(defaults.status).toBe(200);
  expect(defaults.body.data.sales_by_day).toHaveLength(30);
});
