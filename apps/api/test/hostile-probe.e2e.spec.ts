import { createHmac, randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { networkInterfaces } from 'node:os';
import { createShopApp, type ShopApp } from '../src/app.factory';
import { loadConfig } from '../src/platform/config/config';
import { createLogger } from '../src/platform/logging/logger';
import { startTestApp, type TestApp } from './support/test-app';
import { login, register, STRONG_PASSWORD, uniqueEmail } from './support/auth';
import { bearer, TEST_ADDRESS } from './support/shop';

/**
 * The holes a hostile probe of the API found (issue 9), each checked as CONTRACT.md states it:
 * request, status and error envelope.
 */
const ADMIN = { email: 'probe.admin@devgear.test', password: 'admin-password-for-tests' };
const JWT_SECRET = 's'.repeat(48);
const JPEG = readFileSync(path.join(__dirname, 'fixtures/keyboard.jpg'));

let t: TestApp;
let admin: string;
let customer: Awaited<ReturnType<typeof register>>;
const extra: ShopApp[] = [];

beforeAll(async () => {
  t = await startTestApp('hostile_probe', {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET,
    BCRYPT_COST: '4',
    JOBS_INTERVAL_MS: '0',
    // Behind a proxy: X-Forwarded-For is trusted for rate limits, never for the mailbox.
    TRUST_PROXY: 'true',
  });
  admin = (await login(t.server, ADMIN.email, ADMIN.password)).access_token;
  customer = await register(t.server);
});
afterAll(async () => {
  for (const app of extra) await app.close();
  await t?.close();
});

const http = () => request(t.server);

/** Another app instance on the same database with other settings (no demo seeding, no jobs). */
async function instance(env: Record<string, string>, host = '127.0.0.1'): Promise<ShopApp> {
  const app = await createShopApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.db.url, DATA_DIR: t.dataDir, WEB_DIST_DIR: t.webDir, SEED_DEMO: 'false', JOBS_INTERVAL_MS: '0', BCRYPT_COST: '4', ...env }),
    { logger: createLogger('silent') },
  );
  extra.push(app);
  await app.app.listen({ port: 0, host });
  return app;
}
const urlOf = (app: ShopApp) => `http://127.0.0.1:${(app.app.getHttpServer().address() as { port: number }).port}`;

function expectError(res: { status: number; body: { error?: Record<string, unknown> } }, status: number, code: string) {
  const body = res.body;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(body.error).toMatchObject({ message: expect.any(String), timestamp: expect.any(String), request_id: expect.any(String) });
  return body.error as { details?: Record<string, string[]>; message: string };
}

describe('development mailbox', () => {
  it('lists only the mail of the `to` address, and refuses a request without `to` (400)', async () => {
    const ada = await register(t.server);
    const bob = await register(t.server);
    const mine = await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(ada.email)}`);
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(new Set(mine.body.data.map((m: { to: string }) => m.to))).toEqual(new Set([ada.email]));
    expect(JSON.stringify(mine.body)).not.toContain(bob.email);

    const everyone = await http().get('/api/v1/dev/mailbox');
    expect(Object.keys(expectError(everyone, 400, 'VALIDATION_ERROR').details ?? {})).toEqual(['to']);
    expectError(await http().get('/api/v1/dev/mailbox?to='), 400, 'VALIDATION_ERROR');
  });

  it('answers only connections from a loopback address, whatever X-Forwarded-For says (403)', async () => {
    // This machine's own non-loopback address: a connection to it does not come from 127.0.0.1.
    const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!lan) throw new Error('this test needs a non-loopback IPv4 address on the machine');
    const exposed = await instance({ TRUST_PROXY: 'true' }, '0.0.0.0');
    const { port } = exposed.app.getHttpServer().address() as { port: number };
    const mailbox = `/api/v1/dev/mailbox?to=${encodeURIComponent(customer.email)}`;
    expectError(await request(`http://${lan}:${port}`).get(mailbox), 403, 'FORBIDDEN');
    expectError(await request(`http://${lan}:${port}`).get(mailbox).set('X-Forwarded-For', '127.0.0.1'), 403, 'FORBIDDEN');
    expect((await request(`http://127.0.0.1:${port}`).get(mailbox)).status).toBe(200);
  });

  it('does not exist in production or with SendGrid (404)', async () => {
    const production = await instance({ NODE_ENV: 'production', JWT_SECRET });
    expectError(await request(urlOf(production)).get(`/api/v1/dev/mailbox?to=${encodeURIComponent(customer.email)}`), 404, 'NOT_FOUND');
    const sendgrid = await instance({ SENDGRID_API_KEY: 'SG.test-key-not-used' });
    expectError(await request(urlOf(sendgrid)).get(`/api/v1/dev/mailbox?to=${encodeURIComponent(customer.email)}`), 404, 'NOT_FOUND');
  });
});

describe('NUL characters and unpaired surrogates', () => {
  const NUL = 'key\u0000board';
  const LONE = 'key\uD800board';

  it('are a 400 VALIDATION_ERROR naming the field on every route that takes text, never a 500', async () => {
    const product = (await http().get('/api/v1/products?per_page=1')).body.data[0] as { id: string; slug: string };
    const category = ((await http().get('/api/v1/categories')).body.data as { id: string }[])[0];
    const cases: { name: string; send: () => request.Test; field: string }[] = [
      { name: 'catalog search', send: () => http().get('/api/v1/products?q=key%00board'), field: 'q' },
      { name: 'catalog brand', send: () => http().get('/api/v1/products?brand=%00'), field: 'brand' },
      { name: 'register (name)', send: () => http().post('/api/v1/auth/register').send({ email: uniqueEmail(), password: STRONG_PASSWORD, first_name: NUL, last_name: 'L' }), field: 'first_name' },
      { name: 'register (surrogate)', send: () => http().post('/api/v1/auth/register').send({ email: uniqueEmail(), password: STRONG_PASSWORD, first_name: 'A', last_name: LONE }), field: 'last_name' },
      { name: 'login', send: () => http().post('/api/v1/auth/login').send({ email: `a${'\u0000'}@example.com`, password: 'x' }), field: 'email' },
      { name: 'profile', send: () => http().patch('/api/v1/me').set(bearer(customer.access_token)).send({ first_name: LONE }), field: 'first_name' },
      { name: 'address', send: () => http().post('/api/v1/me/addresses').set(bearer(customer.access_token)).send({ ...TEST_ADDRESS, line1: NUL }), field: 'line1' },
      { name: 'discount code', send: () => http().post('/api/v1/cart/discount').set(bearer(customer.access_token)).send({ code: NUL }), field: 'code' },
      {
        name: 'checkout address',
        send: () =>
          http()
            .post('/api/v1/orders')
            .set(bearer(customer.access_token))
            .set('Idempotency-Key', randomUUID())
            .send({ shipping_address: { ...TEST_ADDRESS, name: LONE }, payment_method: 'pm_card_visa' }),
        field: 'shipping_address.name',
      },
      { name: 'admin order search', send: () => http().get('/api/v1/admin/orders?q=%00').set(bearer(admin)), field: 'q' },
      { name: 'admin user search', send: () => http().get('/api/v1/admin/users?q=ada%00').set(bearer(admin)), field: 'q' },
      { name: 'admin product search', send: () => http().get('/api/v1/admin/products?q=%00').set(bearer(admin)), field: 'q' },
      { name: 'admin discount search', send: () => http().get('/api/v1/admin/discounts?q=%00').set(bearer(admin)), field: 'q' },
      { name: 'admin discount code', send: () => http().post('/api/v1/admin/discounts').set(bearer(admin)).send({ code: NUL, type: 'percentage', value: 10 }), field: 'code' },
      {
        name: 'admin product',
        send: () =>
          http()
            .post('/api/v1/products')
            .set(bearer(admin))
            .send({ name: 'Probe', brand: LONE, category_id: category.id, variants: [{ sku: 'PROBE-1', name: 'One', options: {}, price: { amount: 100, currency: 'USD' }, available: 1 }] }),
        field: 'brand',
      },
      { name: 'admin product variant option', send: () => http().patch(`/api/v1/products/${product.id}`).set(bearer(admin)).send({ version: 1, description: `a${NUL}` }), field: 'description' },
      { name: 'admin order status', send: () => http().patch(`/api/v1/admin/orders/${randomUUID()}/status`).set(bearer(admin)).send({ status: 'shipped', carrier: NUL, tracking_number: '1Z' }), field: 'carrier' },
      { name: 'partner shipment', send: () => http().post(`/api/v1/fulfillment/orders/${randomUUID()}/shipped`).set(bearer(admin)).send({ carrier: 'UPS', tracking_number: LONE }), field: 'tracking_number' },
      {
        name: 'image alt text (multipart)',
        send: () => http().post(`/api/v1/products/${product.id}/images`).set(bearer(admin)).field('alt', NUL).attach('file', JPEG, { filename: 'k.jpg', contentType: 'image/jpeg' }),
        field: 'alt',
      },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const res = await c.send();
      const ok = res.status === 400 && res.body.error?.code === 'VALIDATION_ERROR' && Array.isArray(res.body.error?.details?.[c.field]);
      if (!ok) failures.push(`${c.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('in a path (product, its reviews, a blog post) is a 404, not a 500', async () => {
    for (const path of ['/api/v1/products/key%00board', '/api/v1/products/key%00board/reviews', '/api/v1/blog/posts/key%00board']) {
      const res = await http().get(path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
    expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('multipart uploads', () => {
  const product = async () => ((await http().get('/api/v1/products?per_page=1')).body.data[0] as { id: string }).id;

  /** A raw HTTP/1.1 request over a socket, so the body can be cut or mangled on purpose. */
  function raw(head: string, body: Buffer, { endEarly = false } = {}): Promise<{ status: number; body: string }> {
    const { port } = new URL(t.server);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      let data = '';
      socket.on('data', (d) => (data += d.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => {
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
        resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
      });
      socket.write(head);
      socket.write(body);
      if (endEarly) socket.end();
    });
  }

  const multipart = (id: string, boundary: string, length: number) =>
    `POST /api/v1/products/${id}/images HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${admin}\r\n` +
    `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

  it('a body that stops before its closing boundary is a 400 VALIDATION_ERROR', async () => {
    const id = await product();
    const boundary = 'probe-boundary-1';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nKeyboard\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="k.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      JPEG.subarray(0, 2000),
    ]);
    const res = await raw(multipart(id, boundary, body.length), body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'VALIDATION_ERROR', details: { file: [expect.any(String)] } });
  });

  it('garbage announced as multipart is a 400 VALIDATION_ERROR', async () => {
    const id = await product();
    const body = Buffer.from('this is not multipart at all\r\n\r\n--nope');
    const res = await raw(multipart(id, 'probe-boundary-2', body.length), body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('VALIDATION_ERROR');
  });

  it('a connection cut in the middle of the body is answered 400 (if at all), never a 500', async () => {
    const id = await product();
    const boundary = 'probe-boundary-3';
    const start = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="k.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const res = await raw(multipart(id, boundary, start.length + JPEG.length + 100), Buffer.concat([start, JPEG.subarray(0, 4000)]), { endEarly: true });
    expect([0, 400]).toContain(res.status);
    // The server stays healthy and logged no unexpected error.
    expect((await http().get('/api/v1/health')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('auth rate limit', () => {
  it('is one budget of 5 per IP shared by register, login, refresh and both reset routes', async () => {
    const limited = await instance({ RATE_LIMIT_AUTH: '5/900', TRUST_PROXY: 'true', JWT_SECRET });
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    const server = urlOf(limited);
    const ip = `10.9.${Math.floor(Math.random() * 200)}.1`;
    const email = uniqueEmail('budget');
    expect((await request(server).post('/api/v1/auth/register').set(from(ip)).send({ email, password: STRONG_PASSWORD, first_name: 'B', last_name: 'U' })).status).toBe(201);
    const session = await request(server).post('/api/v1/auth/login').set(from(ip)).send({ email, password: STRONG_PASSWORD });
    expect(session.status).toBe(200);
    expect((await request(server).post('/api/v1/auth/refresh').set(from(ip)).send({ refresh_token: session.body.data.refresh_token })).status).toBe(200);
    expect((await request(server).post('/api/v1/auth/password-reset-request').set(from(ip)).send({ email })).status).toBe(202);
    expect((await request(server).post('/api/v1/auth/password-reset').set(from(ip)).send({ token: 'not-a-real-token', new_password: 'another-fine-pass-1' })).status).toBe(400);
    // Five auth calls, on five routes: the sixth, on any auth route, is refused.
    for (const call of [
      () => request(server).post('/api/v1/auth/login').set(from(ip)).send({ email, password: STRONG_PASSWORD }),
      () => request(server).post('/api/v1/auth/register').set(from(ip)).send({ email: uniqueEmail(), password: STRONG_PASSWORD, first_name: 'B', last_name: 'U' }),
    ]) {
      const res = await call();
      expectError(res, 429, 'RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another client has its own budget.
    expect((await request(server).post('/api/v1/auth/login').set(from('10.250.0.1')).send({ email, password: STRONG_PASSWORD })).status).toBe(200);
  });
});

describe('access tokens', () => {
  const b64 = (v: object | string) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);
  function jwt(payload: object, { alg = 'HS256', hmac = 'sha256', secret = JWT_SECRET }: { alg?: string; hmac?: string | null; secret?: string } = {}) {
    const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
    return `${unsigned}.${hmac ? createHmac(hmac, secret).update(unsigned).digest('base64url') : ''}`;
  }
  const claims = () => ({ sub: customer.user.id, role: 'customer', email: customer.email, iat: now(), exp: now() + 600 });
  const me = (token: string) => http().get('/api/v1/me').set(bearer(token));

  it('accepts a well-formed token signed with the secret (so the refusals below are about the claims)', async () => {
    const res = await me(jwt(claims()));
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe(customer.user.id);
  });

  it.each([
    ['without exp', () => jwt({ ...claims(), exp: undefined })],
    ['without sub', () => jwt({ ...claims(), sub: undefined })],
    ['without role', () => jwt({ ...claims(), role: undefined })],
    ['with an unknown role', () => jwt({ ...claims(), role: 'superuser' })],
    ['expired', () => jwt({ ...claims(), exp: now() - 5 })],
    ['with alg none', () => jwt(claims(), { alg: 'none', hmac: null })],
    ['signed with HS512', () => jwt(claims(), { alg: 'HS512', hmac: 'sha512' })],
    ['claiming RS256', () => jwt(claims(), { alg: 'RS256' })],
    ['signed with another secret', () => jwt(claims(), { secret: 'x'.repeat(48) })],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_what, token) => {
    expectError(await me(token()), 401, 'UNAUTHENTICATED');
  });

  it('an admin route refuses an admin token without exp', async () => {
    const adminUser = (await http().get('/api/v1/me').set(bearer(admin))).body.data as { id: string };
    expectError(await http().get('/api/v1/admin/users').set(bearer(jwt({ sub: adminUser.id, role: 'admin', iat: now() }))), 401, 'UNAUTHENTICATED');
  });

  it('a public route ignores a bad token instead of failing', async () => {
    expect((await http().get('/api/v1/products?per_page=1').set(bearer(jwt({ ...claims(), exp: undefined })))).status).toBe(200);
  });
});
