import type { Redis } from 'ioredis';
import type { Cache } from '@devgear/application';

/** Redis-backed cache shared by every API instance. */
export class RedisCache implements Cache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'devgear:',
  ) {}

  get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.round(ttlSeconds)));
  }

  increment(key: string): Promise<number> {
    return this.redis.incr(this.prefix + key);
  }
}
