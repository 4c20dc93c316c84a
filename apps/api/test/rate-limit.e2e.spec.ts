import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createShopApp, ShopApp } from '../src/app.factory';
import { loadConfig } from '../src/platform/config/config';
import { createLogger } from '../src/platform/logging/logger';
import { startTestApp, TestApp } from './support/test-app';
import { uniqueEmail, STRONG_PASSWORD } from './support/auth';

/** Two instances, one database, one Redis: the auth limit (5 per 15 minutes per IP) is shared. */
let a: TestApp;
let b: ShopApp;
let bUrl: string;
const prefix = `devgear-rl-${randomBytes(4).toString('hex')}:`;
const shared = { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix, RATE_LIMIT_AUTH: '5/900', SEED_DEMO: 'false' };
const attempt = (server: Parameters<typeof request>[0], ip?: string) => {
  const r = request(server).post('/api/v1/auth/login');
  if (ip) r.set('X-Forwarded-For', ip);
  return r.send({ email: 'nobody@example.com', password: 'wrong-password-123' });
};

beforeAll(async () => {
  a = await startTestApp('rate_limit', { ...shared, TRUST_PROXY: 'true', RATE_LIMIT_API: '3/60' });
  b = await createShopApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: a.db.url, DATA_DIR: a.dataDir, WEB_DIST_DIR: a.webDir, ...shared }), {
    logger: createLogger('silent'),
  });
  await b.app.listen({ port: 0, host: '127.0.0.1' });
  bUrl = `http://127.0.0.1:${(b.app.getHttpServer().address() as { port: number }).port}`;
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

it('answers the 6th auth attempt from one IP with 429 RATE_LIMITED and Retry-After', async () => {
  for (let i = 0; i < 5; i += 1) expect((await attempt(a.server, '10.0.0.1')).status).toBe(401);
  const limited = await attempt(a.server, '10.0.0.1');
  expect(limited.status).toBe(429);
  expect(limited.body.error.code).toBe('RATE_LIMITED');
  const retryAfter = Number(limited.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
  // Another client is not affected.
  expect((await attempt(a.server, '10.0.0.2')).status).toBe(401);
});

it('shares the counter between instances through Redis', async () => {
  const serverB = bUrl;
  for (let i = 0; i < 3; i += 1) expect((await attempt(a.server)).status).toBe(401);
  for (let i = 0; i < 2; i += 1) expect((await attempt(serverB)).status).toBe(401);
  expect((await attempt(serverB)).status).toBe(429);
  expect((await attempt(a.server)).status).toBe(429);
});

it('trusts X-Forwarded-For only with TRUST_PROXY', async () => {
  // b does not trust the header: a spoofed address does not escape the limit of 127.0.0.1.
  expect((await attempt(bUrl, '10.7.7.7')).status).toBe(429);
  // a trusts its proxy: that address is a different client.
  expect((await attempt(a.server, '10.7.7.7')).status).toBe(401);
});

it('counts other routes per signed-in user, not per IP', async () => {
  const signUp = async (ip: string) =>
    (
      await request(a.server)
        .post('/api/v1/auth/register')
        .set('X-Forwarded-For', ip)
        .send({ email: uniqueEmail(), password: STRONG_PASSWORD, first_name: 'Rate', last_name: 'Limited' })
    ).body.data.access_token as string;
  const first = await signUp('10.1.0.1');
  const second = await signUp('10.1.0.2');
  const me = (token: string) => request(a.server).get('/api/v1/me').set('X-Forwarded-For', '10.3.3.3').set('Authorization', `Bearer ${token}`);
  for (let i = 0; i < 3; i += 1) expect((await me(first)).status).toBe(200);
  const limited = await me(first);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  // Same IP, another user: its own budget.
  expect((await me(second)).status).toBe(200);
  // Anonymous browsing from that IP has its own budget too, and the auth limit is separate.
  expect((await request(a.server).get('/api/v1/categories').set('X-Forwarded-For', '10.3.3.3')).status).toBe(200);
});
