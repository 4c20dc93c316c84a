import { createHmac } from 'node:crypto';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { login, register, STRONG_PASSWORD, uniqueEmail } from './support/auth';
import { waitFor } from './support/shop';

let t: TestApp;
const ADMIN = { email: 'root@devgear.test', password: 'admin-password-for-tests' };
const http = () => request(t.server);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp('identity_e2e', { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JWT_SECRET: 'j'.repeat(48), JOBS_INTERVAL_MS: '100' });
});
afterAll(async () => {
  await t?.close();
});

describe('register, login, /me', () => {
  it('registers, signs in and answers /me without any secret', async () => {
    const email = uniqueEmail('Grace');
    const reg = await http().post('/api/v1/auth/register').send({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD, first_name: 'Grace', last_name: 'Hopper' });
    expect(reg.status).toBe(201);
    expect(reg.body.data).toMatchObject({ user: { email: email.toLowerCase(), first_name: 'Grace', last_name: 'Hopper', role: 'customer' }, expires_in: 900 });
    expect(Object.keys(reg.body.data.user).sort()).toEqual(['created_at', 'email', 'first_name', 'id', 'last_name', 'role']);
    const session = await login(t.server, email.toLowerCase(), STRONG_PASSWORD);
    const me = await http().get('/api/v1/me').set(bearer(session.access_token));
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(email.toLowerCase());
    expect(JSON.stringify(me.body)).not.toMatch(/hash|\$2[aby]\$/);
  });

  it('refuses a duplicate email in any case with 409', async () => {
    const first = await register(t.server);
    const res = await http().post('/api/v1/auth/register').send({ email: first.email.toUpperCase(), password: STRONG_PASSWORD, first_name: 'A', last_name: 'B' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { email: expect.any(Array) } });
  });

  it.each([
    ['short', 'abc123'],
    ['common', 'password123'],
    ['too long', 'x'.repeat(73)],
    ['too long in bytes', 'é'.repeat(37)],
  ])('refuses a %s password with 400 naming password', async (_label, password) => {
    const res = await http().post('/api/v1/auth/register').send({ email: uniqueEmail(), password, first_name: 'A', last_name: 'B' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(res.body.error.details)).toContain('password');
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const user = await register(t.server);
    const wrong = await http().post('/api/v1/auth/login').send({ email: user.email, password: 'not-the-password-1' });
    const unknown = await http().post('/api/v1/auth/login').send({ email: uniqueEmail('ghost'), password: 'not-the-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, timestamp: undefined, request_id: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });
});

describe('sessions', () => {
  it('rotates refresh tokens; a replayed one fails and kills the newer one too', async () => {
    const user = await register(t.server);
    const first = await http().post('/api/v1/auth/refresh').send({ refresh_token: user.refresh_token });
    expect(first.status).toBe(200);
    const newer = first.body.data.refresh_token as string;
    expect(newer).not.toBe(user.refresh_token);
    expect(first.body.data.user.id).toBe(user.user.id);

    const replay = await http().post('/api/v1/auth/refresh').send({ refresh_token: user.refresh_token });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('UNAUTHENTICATED');
    const afterReplay = await http().post('/api/v1/auth/refresh').send({ refresh_token: newer });
    expect(afterReplay.status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const user = await register(t.server);
    expect((await http().post('/api/v1/auth/logout').send({ refresh_token: user.refresh_token })).status).toBe(204);
    expect((await http().post('/api/v1/auth/refresh').send({ refresh_token: user.refresh_token })).status).toBe(401);
  });

  it('rejects an expired, tampered or foreign JWT with 401', async () => {
    const user = await register(t.server);
    const [h, p, s] = user.access_token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forge = (claims: object, secret = 'j'.repeat(48)) => {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      const sig = createHmac('sha256', secret).update(`${h}.${body}`).digest('base64url');
      return `${h}.${body}.${sig}`;
    };
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.${s}`;
    const expired = forge({ ...payload, iat: 1_000, exp: 2_000 });
    const foreign = forge(payload, 'some-other-secret-that-is-long-enough-000');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    for (const token of [tampered, expired, foreign, none, 'garbage']) {
      const res = await http().get('/api/v1/me').set(bearer(token));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect((await http().get('/api/v1/me').set(bearer(forge(payload)))).status).toBe(200); // the forge itself is right
    expect((await http().get('/api/v1/me')).status).toBe(401);
  });
});

describe('password reset through the dev mailbox', () => {
  it('emails a single-use link that sets the password and revokes every session', async () => {
    const user = await register(t.server);
    const other = await login(t.server, user.email, user.password);
    const unknown = await http().post('/api/v1/auth/password-reset-request').send({ email: uniqueEmail('nobody') });
    const known = await http().post('/api/v1/auth/password-reset-request').send({ email: user.email });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    // The link leaves from the outbox, after the answer.
    const reset = await waitFor(async () => {
      const mailbox = await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(user.email)}`);
      return mailbox.body.data.find((m: { subject: string }) => /reset/i.test(m.subject)) as { text: string; html: string } | undefined;
    }, 'the password reset email');
    const token = /token=([A-Za-z0-9_-]+)/.exec(reset.text)![1];
    expect(reset.html).toContain(token);

    const newPassword = 'saffron-lantern-matrix-77';
    expect((await http().post('/api/v1/auth/password-reset').send({ token, new_password: newPassword })).status).toBe(204);
    const again = await http().post('/api/v1/auth/password-reset').send({ token, new_password: 'another-fine-password-9' });
    expect(again.status).toBe(400);
    expect(Object.keys(again.body.error.details)).toContain('token');

    for (const rt of [user.refresh_token, other.refresh_token]) {
      expect((await http().post('/api/v1/auth/refresh').send({ refresh_token: rt })).status).toBe(401);
    }
    expect((await http().post('/api/v1/auth/login').send({ email: user.email, password: user.password })).status).toBe(401);
    await login(t.server, user.email, newPassword);
  });
});

describe('emails from the outbox', () => {
  it('welcomes a new customer once, after the registration answered', async () => {
    const user = await register(t.server);
    const welcome = await waitFor(async () => {
      const mailbox = await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(user.email)}`);
      const found = (mailbox.body.data as { subject: string }[]).filter((m) => /welcome/i.test(m.subject));
      return found.length > 0 && found;
    }, 'the welcome email');
    expect(welcome.map((m) => m.subject)).toEqual(['Welcome to DevGear']);
    await new Promise((r) => setTimeout(r, 400)); // more rounds of the jobs send nothing more
    const again = await http().get(`/api/v1/dev/mailbox?to=${encodeURIComponent(user.email)}`);
    expect((again.body.data as { subject: string }[]).filter((m) => /welcome/i.test(m.subject))).toHaveLength(1);
  });
});

describe('authorisation', () => {
  it('gives a customer 403 on every /admin route and an admin 200', async () => {
    const customer = await register(t.server);
    const admin = await login(t.server, ADMIN.email, ADMIN.password);
    // Every admin route the API publishes (new admin routes are covered automatically).
    const spec = (await http().get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/v1/admin/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => [m, path.replace(/\{[^}]+\}/g, customer.user.id)] as const));
    expect(routes.length).toBeGreaterThanOrEqual(2);
    for (const [method, path] of routes as unknown as ['get' | 'patch' | 'post' | 'put' | 'delete', string][]) {
      const res = await http()[method](path).set(bearer(customer.access_token)).send({ role: 'admin' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect((await http()[method](path).send({ role: 'admin' })).status).toBe(401);
    }
    const list = await http().get('/api/v1/admin/users?q=root@devgear').set(bearer(admin.access_token));
    expect(list.status).toBe(200);
    expect(list.body.data.map((u: { email: string }) => u.email)).toContain(ADMIN.email);
    const create = await http().post('/api/v1/products').set(bearer(customer.access_token)).send({});
    expect(create.status).toBe(403);
  });

  it('lets an admin change roles but never demote the last admin', async () => {
    const admin = await login(t.server, ADMIN.email, ADMIN.password);
    const self = await http().patch(`/api/v1/admin/users/${admin.user.id}`).set(bearer(admin.access_token)).send({ role: 'customer' });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('INVALID_STATE');
    const customer = await register(t.server);
    const promoted = await http().patch(`/api/v1/admin/users/${customer.user.id}`).set(bearer(admin.access_token)).send({ role: 'admin' });
    expect(promoted.body.data.role).toBe('admin');
    const demoted = await http().patch(`/api/v1/admin/users/${customer.user.id}`).set(bearer(admin.access_token)).send({ role: 'customer' });
    expect(demoted.body.data.role).toBe('customer');
    // The demotion is effective at once, even with a token minted while an admin.
    expect((await http().get('/api/v1/admin/users').set(bearer(customer.access_token))).status).toBe(403);
  });

  it("answers 404 for another user's address and manages one's own", async () => {
    const alice = await register(t.server);
    const bob = await register(t.server);
    const address = { name: 'Alice Smith', line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'us' };
    const created = await http().post('/api/v1/me/addresses').set(bearer(alice.access_token)).send(address);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ country: 'US', is_default_shipping: true });
    const id = created.body.data.id;
    for (const [method, body] of [['get', undefined], ['patch', { city: 'Shelbyville' }], ['delete', undefined]] as const) {
      const res = await http()[method](`/api/v1/me/addresses/${id}`).set(bearer(bob.access_token)).send(body);
      expect(res.status).toBe(404);
    }
    const edited = await http().patch(`/api/v1/me/addresses/${id}`).set(bearer(alice.access_token)).send({ city: 'Shelbyville' });
    expect(edited.body.data.city).toBe('Shelbyville');
    const bad = await http().post('/api/v1/me/addresses').set(bearer(alice.access_token)).send({ ...address, country: 'USA' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details)).toContain('country');
    // A rule only the domain checks (the contract bounds the length): its field in snake_case, as sent.
    const slash = await http().post('/api/v1/me/addresses').set(bearer(alice.access_token)).send({ ...address, postal_code: '12/34' });
    expect([slash.status, slash.body.error.code, slash.body.error.details]).toEqual([400, 'VALIDATION_ERROR', { postal_code: ['must contain only letters, digits, spaces and hyphens'] }]);
    expect(slash.body.error.message).toContain('postal_code must contain only letters');
    expect((await http().delete(`/api/v1/me/addresses/${id}`).set(bearer(alice.access_token))).status).toBe(204);
    expect((await http().get('/api/v1/me/addresses').set(bearer(alice.access_token))).body.data).toEqual([]);
  });
});

describe('logs', () => {
  it('never contain a password, hash or token', async () => {
    const user = await register(t.server, { password: 'unmistakable-secret-pass-31' });
    const session = await login(t.server, user.email, 'unmistakable-secret-pass-31');
    await http().post('/api/v1/auth/refresh').send({ refresh_token: session.refresh_token });
    await http().get('/api/v1/me').set(bearer(session.access_token));
    await http().post('/api/v1/auth/login').send({ email: user.email, password: 'unmistakable-wrong-pass-32' });
    const all = JSON.stringify(t.logs);
    for (const secret of ['unmistakable-secret-pass-31', 'unmistakable-wrong-pass-32', session.refresh_token, session.access_token, user.access_token, '$2b$12$', ADMIN.password]) {
      expect(all).not.toContain(secret);
    }
    expect(t.logs.length).toBeGreaterThan(10);
  });
});

describe('admin product creation (POST /products)', () => {
  it('creates a product that the catalog shows, and refuses duplicates and bad input', async () => {
    const admin = await login(t.server, ADMIN.email, ADMIN.password);
    const keyboards = ((await http().get('/api/v1/categories')).body.data as { id: string; slug: string }[]).find((c) => c.slug === 'keyboards')!;
    const body = {
      name: 'Test Bench 60 Keyboard',
      description: 'A keyboard made by the test suite.',
      brand: 'Testbench',
      category_id: keyboards.id,
      specifications: [{ key: 'Layout', value: '60%', unit: null }],
      variants: [
        { sku: 'TB60-RED', name: 'Red switches', options: { switch: 'red' }, price: { amount: 8900, currency: 'USD' }, available: 4 },
        { sku: 'TB60-BRN', name: 'Brown switches', options: { switch: 'brown' }, price: { amount: 9400, currency: 'USD' }, available: 0 },
      ],
    };
    const created = await http().post('/api/v1/products').set(bearer(admin.access_token)).send(body);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ slug: 'test-bench-60-keyboard', price: { amount: 8900, currency: 'USD' }, in_stock: true });
    const listed = await http().get('/api/v1/products?q=Test%20Bench%2060');
    expect(listed.body.data.map((p: { id: string }) => p.id)).toContain(created.body.data.id);

    const dupe = await http().post('/api/v1/products').set(bearer(admin.access_token)).send({ ...body, name: 'Another Bench', variants: [body.variants[0]] });
    expect(dupe.status).toBe(409);
    expect(dupe.body.error.code).toBe('CONFLICT');
    expect(Object.keys(dupe.body.error.details)).toContain('variants.0.sku');

    const bad = await http()
      .post('/api/v1/products')
      .set(bearer(admin.access_token))
      .send({ ...body, name: 'Bad Price', variants: [{ ...body.variants[0], sku: 'TB60-X', price: { amount: 0, currency: 'USD' } }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details)).toContain('variants.0.price');
  });
});
