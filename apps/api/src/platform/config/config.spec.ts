import { ConfigError, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('starts with defaults on an empty environment (embedded database, demo data, random JWT secret)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      jwtSecretIsEphemeral: true,
      rateLimits: { auth: { limit: 5, ttlMs: 900_000 }, api: { limit: 100, ttlMs: 60_000 }, admin: { limit: 200, ttlMs: 60_000 } },
      pricing: { currency: 'USD', shippingFlatRate: 999, freeShippingThreshold: 10000, taxRateBps: 0 },
      recommendationsPerUser: 8,
    });
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(c.dataDir).toMatch(/\.data$/);
  });

  it('names every malformed variable', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', RATE_LIMIT_AUTH: '5 per minute', TAX_RATE_BPS: '-5', SEED_DEMO: 'maybe' });
    for (const name of ['PORT', 'DATABASE_URL', 'RATE_LIMIT_AUTH', 'TAX_RATE_BPS', 'SEED_DEMO']) {
      expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('requires JWT_SECRET in production and defaults SEED_DEMO to false there', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET: is required when NODE_ENV=production']);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(c.seedDemo).toBe(false);
    expect(c.jwtSecretIsEphemeral).toBe(false);
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'a@b.co' })[0]).toMatch(/^ADMIN_PASSWORD:/);
    expect(loadConfig({ ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'long enough' }).admin).toEqual({ email: 'a@b.co', password: 'long enough' });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('reads PARTNER_WEBHOOKS into endpoints with their secret and events', () => {
    const c = loadConfig({ PARTNER_WEBHOOKS: ' https://wms.example/hooks|whsec_0123456789abcdef|order.paid, order.cancelled ; http://127.0.0.1:9/x|another-secret-0123456|order.packed' });
    expect(c.webhooks.endpoints).toEqual([
      { url: 'https://wms.example/hooks', secret: 'whsec_0123456789abcdef', events: ['order.paid', 'order.cancelled'] },
      { url: 'http://127.0.0.1:9/x', secret: 'another-secret-0123456', events: ['order.packed'] },
    ]);
    expect(c.webhooks).toMatchObject({ retryBaseMs: 10_000, retryForMs: 86_400_000, timeoutMs: 10_000 });
    expect(loadConfig({}).webhooks.endpoints).toEqual([]);
    expect(loadConfig({}).role).toBe('all');
  });

  it('names what is wrong with a PARTNER_WEBHOOKS endpoint, and refuses plain http in production', () => {
    const problems = problemsOf({ PARTNER_WEBHOOKS: 'not a url|short|order.paid;https://ok.example|whsec_0123456789abcdef|order.lost;https://ok.example|whsec_0123456789abcdef|' });
    expect(problems).toEqual([
      'PARTNER_WEBHOOKS: endpoint 1: "not a url" is not a URL',
      'PARTNER_WEBHOOKS: endpoint 1: the secret must be at least 16 characters',
      'PARTNER_WEBHOOKS: endpoint 2: unknown event "order.lost" (one of order.paid, order.packed, order.shipped, order.delivered, order.cancelled, order.refunded)',
      'PARTNER_WEBHOOKS: endpoint 3: name at least one event (order.paid, order.packed, order.shipped, order.delivered, order.cancelled, order.refunded)',
    ]);
    const production = problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PARTNER_WEBHOOKS: 'http://wms.example/hooks|whsec_0123456789abcdef|order.paid' });
    expect(production).toEqual(['PARTNER_WEBHOOKS: endpoint 1: the URL must start with https:// when NODE_ENV=production']);
    expect(problemsOf({ ROLE: 'cron' })).toEqual(['ROLE: must be api, worker or all']);
  });
});
