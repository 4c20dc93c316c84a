import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import type { AppConfig } from './platform/config/config';
import { ConfigModule } from './platform/config/config.module';
import { CacheModule, REDIS } from './platform/cache/cache.module';
import { DatabaseModule } from './platform/database/database.module';
import { OutboxModule } from './platform/outbox/outbox.module';
import { MetricsModule } from './platform/metrics/metrics';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { authGuardFor } from './platform/auth/auth.guard';
import { jwtStrategyFor } from './platform/auth/jwt.strategy';
import { MemoryThrottlerStorage } from './platform/throttling/memory-throttler.storage';
import { RedisThrottlerStorage } from './platform/throttling/redis-throttler.storage';
import { ScopedThrottlerGuard } from './platform/throttling/scoped-throttler.guard';
import { CatalogModule } from './modules/catalog/catalog.module';
import { HealthController } from './modules/health/health.controller';
import { IdentityModule } from './modules/identity/identity.module';
import { CartModule } from './modules/cart/cart.module';
import { DiscountModule } from './modules/discount/discount.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { OrderingModule } from './modules/ordering/ordering.module';
import { FulfilmentModule } from './modules/fulfilment/fulfilment.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { WishlistModule } from './modules/wishlist/wishlist.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { BlogModule } from './modules/blog/blog.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string, poolSize: number): DynamicModule {
    // This instance's passport strategy (passport's registry is per process; see jwtStrategyFor).
    const jwtStrategy = `jwt:${randomUUID()}`;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, poolSize),
        OutboxModule,
        MetricsModule,
        CacheModule.forRoot(config),
        ThrottlerModule.forRootAsync({
          inject: [REDIS],
          useFactory: (redis: Redis | null) => ({
            throttlers: [
              { name: 'auth', limit: config.rateLimits.auth.limit, ttl: config.rateLimits.auth.ttlMs },
              { name: 'api', limit: config.rateLimits.api.limit, ttl: config.rateLimits.api.ttlMs },
              { name: 'admin', limit: config.rateLimits.admin.limit, ttl: config.rateLimits.admin.ttlMs },
            ],
            storage: redis ? new RedisThrottlerStorage(redis, config.redisKeyPrefix) : new MemoryThrottlerStorage(),
          }),
        }),
        IdentityModule.forRoot(config),
        CatalogModule,
        DiscountModule,
        CartModule,
        PaymentsModule,
        OrderingModule,
        FulfilmentModule,
        AnalyticsModule,
        ReviewsModule,
        WishlistModule,
        RecommendationsModule,
        BlogModule,
        WebhooksModule,
        SeedModule,
      ],
      controllers: [HealthController],
      // Order matters: who the caller is (AuthGuard) decides how they are counted.
      providers: [
        jwtStrategyFor(jwtStrategy),
        { provide: APP_GUARD, useClass: authGuardFor(jwtStrategy) },
        { provide: APP_GUARD, useClass: ScopedThrottlerGuard },
      ],
    };
  }
}
