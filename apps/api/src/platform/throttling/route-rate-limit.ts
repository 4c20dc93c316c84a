import type { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError } from '../http/errors';
import { MemoryThrottlerStorage } from './memory-throttler.storage';

/**
 * A CONTRACT.md rate limit (by default the 'api' one, RATE_LIMIT_API: per signed-in user, per
 * client IP otherwise) for routes served outside Nest's guards, counted in the throttler's
 * storage (Redis when configured, so instances share counters) under the key
 * `<scope>:<caller>`: one budget per scope and client, the key ScopedThrottlerGuard uses
 * for the same scope. Sets the same X-RateLimit-* headers, and over the limit throws the same
 * 429 RATE_LIMITED with Retry-After.
 */
export class RouteRateLimit {
  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly limit: { limit: number; ttlMs: number },
    private readonly scope = 'api',
  ) {}

  /** Counts the request and sets the rate-limit headers; over the limit it throws the 429 ApiError. */
  async check(request: FastifyRequest, reply: FastifyReply, user: AuthUser | null): Promise<void> {
    const key = `${this.scope}:${user ? `user:${user.id}` : `ip:${request.ip}`}`;
    const { limit, ttlMs } = this.limit;
    const record =
      this.storage instanceof MemoryThrottlerStorage
        ? this.storage.hit(`${this.scope}:${key}`, ttlMs, limit, ttlMs)
        : await this.storage.increment(key, ttlMs, limit, ttlMs, this.scope);
    if (record.isBlocked) {
      reply.header(`Retry-After-${this.scope}`, record.timeToBlockExpire);
      const seconds = Math.max(1, Math.ceil(record.timeToBlockExpire || ttlMs / 1000));
      throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} seconds`, undefined, { 'Retry-After': String(seconds) });
    }
    reply.header(`X-RateLimit-Limit-${this.scope}`, limit);
    reply.header(`X-RateLimit-Remaining-${this.scope}`, Math.max(0, limit - record.totalHits));
    reply.header(`X-RateLimit-Reset-${this.scope}`, record.timeToExpire);
  }
}
