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
  ) {
    this.headers = { limit: `X-RateLimit-Limit-${scope}`, remaining: `X-RateLimit-Remaining-${scope}`, reset: `X-RateLimit-Reset-${scope}` };
    this.lower = { limit: this.headers.limit.toLowerCase(), remaining: this.headers.remaining.toLowerCase(), reset: this.headers.reset.toLowerCase() };
  }

  private readonly headers: { limit: string; remaining: string; reset: string };
  /** The same names in lower case, as Fastify writes them. */
  private readonly lower: { limit: string; remaining: string; reset: string };

  /** Counts the request and sets the rate-limit headers; over the limit it throws the 429 ApiError. */
  async check(request: FastifyRequest, reply: FastifyReply, user: AuthUser | null): Promise<void> {
    if (this.checkSync(request, reply, user)) return;
    const key = `${this.scope}:${user ? `user:${user.id}` : `ip:${request.ip}`}`;
    this.apply(reply, await this.storage.increment(key, this.limit.ttlMs, this.limit.limit, this.limit.ttlMs, this.scope));
  }

  /**
   * check() without a promise where the counters are in process memory: true once the request is
   * counted (headers set; over the limit it throws the 429 ApiError), false when the storage is
   * asynchronous (Redis) and check() must be awaited instead.
   */
  checkSync(request: FastifyRequest, reply: FastifyReply, user: AuthUser | null): boolean {
    if (!(this.storage instanceof MemoryThrottlerStorage)) return false;
    this.apply(reply, this.hit(user ? `user:${user.id}` : `ip:${request.ip}`));
    return true;
  }

  /**
   * checkSync() for an anonymous request at the FrontDoor (no Fastify reply): counts it and gives the
   * X-RateLimit-* headers as a flat list (lower-case names, as Fastify writes them); null, without
   * counting, where the counters are not in process memory, and null once over the limit (the
   * Fastify route then answers with the 429 and its Retry-After).
   */
  frontDoorHeaders(ip: string): string[] | null {
    if (!(this.storage instanceof MemoryThrottlerStorage)) return null;
    const record = this.hit(`ip:${ip}`);
    if (record.isBlocked) return null;
    const { limit } = this.limit;
    const lower = this.lower;
    return [lower.limit, String(limit), lower.remaining, String(Math.max(0, limit - record.totalHits)), lower.reset, String(record.timeToExpire)];
  }

  private hit(caller: string) {
    return (this.storage as MemoryThrottlerStorage).hit(`${this.scope}:${this.scope}:${caller}`, this.limit.ttlMs, this.limit.limit, this.limit.ttlMs);
  }

  private apply(reply: FastifyReply, record: { totalHits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number }): void {
    const { limit, ttlMs } = this.limit;
    if (record.isBlocked) {
      reply.header(`Retry-After-${this.scope}`, record.timeToBlockExpire);
      const seconds = Math.max(1, Math.ceil(record.timeToBlockExpire || ttlMs / 1000));
      throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} seconds`, undefined, { 'Retry-After': String(seconds) });
    }
    reply.header(this.headers.limit, limit);
    reply.header(this.headers.remaining, Math.max(0, limit - record.totalHits));
    reply.header(this.headers.reset, record.timeToExpire);
  }
}
