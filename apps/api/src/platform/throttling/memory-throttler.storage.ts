import type { ThrottlerStorage } from '@nestjs/throttler';

interface Counter {
  hits: number;
  expiresAt: number;
  blockedUntil: number;
}

/**
 * Rate-limit counters in process memory (no REDIS_URL), with the semantics of the Redis
 * storage: a fixed window per key, blocked for blockDuration once over the limit. O(1) per
 * hit: one map entry per key, swept once a minute (the library's default storage keeps a
 * timer per hit and filters an array of them on every expiry, which collapses under load).
 */
export class MemoryThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    return this.hit(`${throttlerName}:${key}`, ttl, limit, blockDuration);
  }

  /** Synchronous form of increment() for callers on a hot path. */
  hit(key: string, ttl: number, limit: number, blockDuration: number) {
    const now = this.now();
    let c = this.counters.get(key);
    if (!c || c.expiresAt <= now) {
      c = { hits: 0, expiresAt: now + ttl, blockedUntil: c?.blockedUntil ?? 0 };
      this.counters.set(key, c);
    }
    c.hits += 1;
    if (c.hits > limit && c.blockedUntil <= now) c.blockedUntil = now + (blockDuration || ttl);
    const blockMs = Math.max(0, c.blockedUntil - now);
    return {
      totalHits: c.hits,
      timeToExpire: Math.max(0, Math.ceil((c.expiresAt - now) / 1000)),
      isBlocked: blockMs > 0,
      timeToBlockExpire: Math.ceil(blockMs / 1000),
    };
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, c] of this.counters) if (c.expiresAt <= now && c.blockedUntil <= now) this.counters.delete(key);
  }
}
