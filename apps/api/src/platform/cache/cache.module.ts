import { DynamicModule, Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Cache } from '@devgear/application';
import type { AppConfig } from '../config/config';
import { MemoryCache } from '../../adapters/local/memory-cache';
import { RedisCache } from '../../adapters/redis/redis-cache';

export const REDIS = Symbol('Redis');
export const CACHE = Symbol('Cache');

@Injectable()
class RedisLifecycle implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}
  async onModuleDestroy() {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** Redis when REDIS_URL is set (shared by all instances), process memory otherwise. */
@Global()
@Module({})
export class CacheModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CacheModule,
      providers: [
        {
          provide: REDIS,
          useFactory: () =>
            config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false }) : null,
        },
        {
          provide: CACHE,
          inject: [REDIS],
          useFactory: (redis: Redis | null): Cache => (redis ? new RedisCache(redis, config.redisKeyPrefix) : new MemoryCache()),
        },
        RedisLifecycle,
      ],
      exports: [REDIS, CACHE],
    };
  }
}
