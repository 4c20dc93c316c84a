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
});
