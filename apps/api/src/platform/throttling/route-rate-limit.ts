import { createHash } from 'node:crypto';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError } from '../http/errors';
import { MemoryThrottlerStorage } from './memory-throttler.storage';

const MAX_KEYS = 50_000;

/**
 * The 'api' rate limit (RATE_LIMIT_API: per signed-in user, per client IP otherwise) for a
 * route served outside Nest's guards, counted exactly as ScopedThrottlerGuard counts it:
 * the same storage (Redis when configured, so instances share counters), the same key (the
 * guard's sha256 of controller, handler, throttler and caller, so counts carry over between
 * versions), the same headers, and the same 429 envelope with Retry-After.
 */
export class RouteRateLimit {
  private readonly keys = new Map<string, string>();
  private readonly prefix: string;

  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly limit: { limit: number; ttlMs: number },
    /** The controller and handler names the Nest guard would key this route by. */
    route: { controller: string; handler: string },
    private readonly throttler = 'api',
  ) {
    this.prefix = `${route.controller}-${route.handler}-${throttler}-`;
  }

  /** Counts the request and sets the rate-limit headers; over the limit it throws the 429 ApiError. */
  async check(request: FastifyRequest, reply: FastifyReply, user: AuthUser | null): Promise<void> {
    const tracker = user ? `user:${user.id}` : `ip:${request.ip}`;
    let key = this.keys.get(tracker);
    if (key === undefined) {
      key = createHash('sha256').update(this.prefix + tracker).digest('hex');
      if (this.keys.size >= MAX_KEYS) this.keys.clear();
      this.keys.set(tracker, key);
    }
    const { limit, ttlMs } = this.limit;
    const record =
      this.storage instanceof MemoryThrottlerStorage
        ? this.storage.hit(`${this.throttler}:${key}`, ttlMs, limit, ttlMs)
        : await this.storage.increment(key, ttlMs, limit, ttlMs, this.throttler);
    if (record.isBlocked) {
      reply.header(`Retry-After-${this.throttler}`, record.timeToBlockExpire);
      const seconds = Math.max(1, Math.ceil(record.timeToBlockExpire || ttlMs / 1000));
      throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} seconds`, undefined, { 'Retry-After': String(seconds) });
    }
    reply.header(`X-RateLimit-Limit-${this.throttler}`, limit);
    reply.header(`X-RateLimit-Remaining-${this.throttler}`, Math.max(0, limit - record.totalHits));
    reply.header(`X-RateLimit-Reset-${this.throttler}`, record.timeToExpire);
  }
}
