import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CRASH_POINTS } from '@devgear/application';
import { parsePartnerWebhooks, partnerWebhookProblems } from './partner-webhooks.config';

const rate = (fallback: string) =>
  z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like <count>/<seconds>, e.g. 5/900')
    .default(fallback)
    .transform((v) => {
      const [limit, seconds] = v.split('/').map(Number);
      return { limit, ttlMs: seconds * 1000 };
    })
    .refine((v) => v.limit > 0 && v.ttlMs > 0, 'count and seconds must be positive');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const url = (protocols: string[]) =>
  z
    .string()
    .url('must be a URL')
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: int(0, 65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: url(['postgres', 'postgresql']).optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    REDIS_URL: url(['redis', 'rediss']).optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SEED_DEMO: bool.optional(),
    ADMIN_EMAIL: z.string().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(72, 'must be at most 72 bytes').optional(),
    RATE_LIMIT_AUTH: rate('5/900'),
    RATE_LIMIT_API: rate('100/60'),
    RATE_LIMIT_ADMIN: rate('200/60'),
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    /** Another Stripe API base (stripe-mock, a test double); Stripe's own API otherwise. */
    STRIPE_API_URL: url(['http', 'https']).optional(),
    ORDER_PAYMENT_TIMEOUT_MINUTES: int(1, 10_080).default(30),
    /** How long checkout waits for the payment provider's answer before giving up on the charge. */
    PAYMENT_TIMEOUT_MS: int(100, 300_000).default(30_000),
    /**
     * A checkout key still in progress this long after it started was cut off by a crash and is
     * settled by the recovery job (asking the provider). Default: PAYMENT_TIMEOUT_MS + 15 s.
     */
    CHECKOUT_RECOVERY_AFTER_MS: int(100, 3_600_000).optional(),
    /** Crash tests only (never in production): the process kills itself (SIGKILL) at this named point. */
    CRASH_AT: z.enum(CRASH_POINTS, { message: `must be one of ${CRASH_POINTS.join(', ')}` }).optional(),
    /** How often the background jobs (outbox delivery, expiry of unpaid orders) run; 0 turns them off. */
    JOBS_INTERVAL_MS: int(0, 3_600_000).default(2000),
    /** How long an outbox claim keeps other instances off a message (a killed instance's messages wait this long). */
    OUTBOX_LEASE_MS: int(1000, 3_600_000).default(30_000),
    SENDGRID_API_KEY: z.string().min(1).optional(),
    MAIL_FROM: z.string().email('must be an email address').default('shop@localhost'),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ENDPOINT: url(['http', 'https']).optional(),
    /** Unset = the AWS SDK's default chain (AWS_ACCESS_KEY_ID..., instance roles). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    PARTNER_API_KEYS: z.string().optional(),
    /** Outbound partner webhooks: `url|secret|event,event;url|secret|...` (see parsePartnerWebhooks). */
    PARTNER_WEBHOOKS: z.string().optional(),
    /** Delay before the first retry of a failed webhook delivery; each next one doubles (capped at 1 h). */
    WEBHOOK_RETRY_BASE_MS: int(10, 30_000).default(10_000),
    /** How long a failing webhook delivery is retried before it is dead-lettered (24 h). */
    WEBHOOK_RETRY_FOR_MS: int(100, 7 * 86_400_000).default(86_400_000),
    /** How long a partner endpoint has to answer one delivery. */
    WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(10_000),
    /** api = HTTP only (no background jobs); worker = background jobs and outbox, HTTP only for /health and /metrics; all = both. */
    ROLE: z.enum(['api', 'worker', 'all'], { message: 'must be api, worker or all' }).default('all'),
    /** Set = GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    STORE_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO currency code').default('USD'),
    SHIPPING_FLAT_RATE: int(0, 1_000_000).default(999),
    FREE_SHIPPING_THRESHOLD: int(0, 100_000_000).default(10000),
    TAX_RATE_BPS: int(0, 10_000).default(0),
    RECOMMENDATIONS_PER_USER: int(1, 100).default(8),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** json = one JSON object per line; pretty = one readable line (the default in a terminal). */
    LOG_FORMAT: z.enum(['json', 'pretty'], { message: 'must be json or pretty' }).optional(),
    WEB_DIST_DIR: z.string().optional(),
    DATABASE_POOL_SIZE: int(1, 200).default(10),
    CATALOG_CACHE_TTL: int(0, 86_400).default(60),
    REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, colons, dashes or underscores').default('devgear:'),
    TRUST_PROXY: bool.default(false),
    APP_URL: url(['http', 'https']).optional(),
    BCRYPT_COST: int(4, 15).default(12),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'], message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together' });
    }
    if (env.S3_BUCKET && !env.S3_REGION) {
      ctx.addIssue({ code: 'custom', path: ['S3_REGION'], message: 'is required when S3_BUCKET is set' });
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({ code: 'custom', path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together' });
    }
    if (env.CRASH_AT && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['CRASH_AT'], message: 'is for crash tests and is refused when NODE_ENV=production' });
    }
    if (env.PARTNER_WEBHOOKS) {
      for (const problem of partnerWebhookProblems(env.PARTNER_WEBHOOKS, env.NODE_ENV === 'production')) {
        ctx.addIssue({ code: 'custom', path: ['PARTNER_WEBHOOKS'], message: problem });
      }
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['STRIPE_WEBHOOK_SECRET'], message: 'is required when STRIPE_SECRET_KEY is set' });
    }
  });

/** The shop's name in emails and pages. */
export const STORE_NAME = 'DevGear';

export type AppConfig = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once at start. A missing or malformed variable
 * throws a ConfigError naming each variable; main() prints it and exits non-zero.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  // Empty strings mean "unset" (docker-compose passes `FOO=` through as "").
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    jwtSecret: e.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    jwtSecretIsEphemeral: !e.JWT_SECRET,
    seedDemo: e.SEED_DEMO ?? !production,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : null,
    rateLimits: { auth: e.RATE_LIMIT_AUTH, api: e.RATE_LIMIT_API, admin: e.RATE_LIMIT_ADMIN },
    stripe: e.STRIPE_SECRET_KEY ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET!, apiUrl: e.STRIPE_API_URL ?? null } : null,
    orderPaymentTimeoutMinutes: e.ORDER_PAYMENT_TIMEOUT_MINUTES,
    paymentTimeoutMs: e.PAYMENT_TIMEOUT_MS,
    checkoutRecoveryAfterMs: e.CHECKOUT_RECOVERY_AFTER_MS ?? e.PAYMENT_TIMEOUT_MS + 15_000,
    crashAt: e.CRASH_AT ?? null,
    jobsIntervalMs: e.JOBS_INTERVAL_MS,
    outboxLeaseMs: e.OUTBOX_LEASE_MS,
    mail: { sendgridApiKey: e.SENDGRID_API_KEY ?? null, from: e.MAIL_FROM },
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION!,
          endpoint: e.S3_ENDPOINT ?? null,
          credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : null,
        }
      : null,
    partnerApiKeys: (e.PARTNER_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    webhooks: {
      endpoints: parsePartnerWebhooks(e.PARTNER_WEBHOOKS ?? ''),
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryForMs: e.WEBHOOK_RETRY_FOR_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    role: e.ROLE,
    metricsToken: e.METRICS_TOKEN ?? null,
    pricing: {
      currency: e.STORE_CURRENCY,
      shippingFlatRate: e.SHIPPING_FLAT_RATE,
      freeShippingThreshold: e.FREE_SHIPPING_THRESHOLD,
      taxRateBps: e.TAX_RATE_BPS,
    },
    recommendationsPerUser: e.RECOMMENDATIONS_PER_USER,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json') as 'json' | 'pretty',
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(__dirname, '../../../../web/dist')),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    catalogCacheTtlSeconds: e.CATALOG_CACHE_TTL,
    trustProxy: e.TRUST_PROXY,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    bcryptCost: e.BCRYPT_COST,
  };
}
