import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { register, uniqueEmail } from './support/auth';

/**
 * POST /auth/password-reset-request answers in the same time whether or not the account exists
 * (CONTRACT.md): the request only records the event; the lookup and the email happen in the
 * outbox afterwards. The background jobs are off here, so nothing but the requests runs.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp('reset_timing', { BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0', SEED_DEMO: 'false' });
});
afterAll(async () => {
  await t?.close();
});

it('answers in the same time for an existing and an unknown email (30 tries each, mean difference under 5 ms)', async () => {
  const user = await register(t.server);
  const timeOf = async (email: string) => {
    const started = process.hrtime.bigint();
    const res = await request(t.server).post('/api/v1/auth/password-reset-request').send({ email });
    expect(res.status).toBe(202);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let i = 0; i < 10; i += 1) await timeOf(i % 2 ? user.email : uniqueEmail('warmup'));
  const known: number[] = [];
  const unknown: number[] = [];
  // In pairs sent together (which one first alternates), so whatever else this shared machine
  // does at that moment hits both alike.
  for (let i = 0; i < 30; i += 1) {
    const [a, b] = i % 2 ? [user.email, uniqueEmail('nobody')] : [uniqueEmail('nobody'), user.email];
    const [ta, tb] = await Promise.all([timeOf(a), timeOf(b)]);
    known.push(a === user.email ? ta : tb);
    unknown.push(a === user.email ? tb : ta);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const difference = Math.abs(mean(known) - mean(unknown));
  process.stdout.write(`password-reset-request: existing ${mean(known).toFixed(2)} ms, unknown ${mean(unknown).toFixed(2)} ms, difference ${difference.toFixed(2)} ms\n`);
  expect(difference).toBeLessThan(5);
});
