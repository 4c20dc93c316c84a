import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { GetAlsoBoughtUseCase, GetRecommendationsUseCase, RecommendationLists, RefreshRecommendationsUseCase, type Cache, type CatalogReadModel } from '@devgear/application';
import { systemClock } from '../../platform/system/system-services';
import { CACHE } from '../../platform/cache/cache.module';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CatalogProductLookup } from '../catalog/catalog.public';
import { CATALOG_READ_MODEL } from '../catalog/catalog.tokens';
import { BackgroundJobs } from '../../platform/jobs/background-jobs';
import { OutboxDelivery } from '../../platform/outbox/outbox.module';
import { RecommendationsController } from './http/recommendations.controller';
import { PrismaRecommendationRefreshQueue } from './persistence/prisma-recommendation-refresh.queue';
import { PrismaRecommendationSource } from './persistence/prisma-recommendation.source';
import { registerRecommendationHandlers } from './recommendation-handlers';

/** A list computed from order data is served for at most this long if no order event refreshes it first. */
const RECOMMENDATION_TTL_SECONDS = 6 * 60 * 60;

/**
 * "Recommended for you" and "customers also bought": SQL aggregates over paid orders, kept in the
 * shared cache (Redis or memory) and refreshed after order events on the outbox (queued, then
 * recomputed by a background job, each list once per round).
 */
@Module({
  imports: [CatalogModule],
  controllers: [RecommendationsController],
  providers: [
    PrismaRecommendationSource,
    PrismaRecommendationRefreshQueue,
    {
      provide: RecommendationLists,
      inject: [PrismaRecommendationSource, CACHE, CATALOG_READ_MODEL, APP_CONFIG],
      useFactory: (source: PrismaRecommendationSource, cache: Cache, catalog: CatalogReadModel, config: AppConfig) =>
        new RecommendationLists(
          { source, cache, catalog, clock: systemClock },
          { perList: config.recommendationsPerUser, ttlSeconds: RECOMMENDATION_TTL_SECONDS },
        ),
    },
    { provide: GetRecommendationsUseCase, inject: [RecommendationLists], useFactory: (lists: RecommendationLists) => new GetRecommendationsUseCase(lists) },
    {
      provide: GetAlsoBoughtUseCase,
      inject: [RecommendationLists, CATALOG_READ_MODEL],
      useFactory: (lists: RecommendationLists, catalog: CatalogReadModel) => new GetAlsoBoughtUseCase(lists, new CatalogProductLookup(catalog)),
    },
    {
      provide: RefreshRecommendationsUseCase,
      inject: [RecommendationLists, PrismaRecommendationSource, PrismaRecommendationRefreshQueue],
      useFactory: (lists: RecommendationLists, source: PrismaRecommendationSource, queue: PrismaRecommendationRefreshQueue) =>
        new RefreshRecommendationsUseCase(lists, source, queue),
    },
  ],
})
export class RecommendationsModule implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxDelivery,
    private readonly jobs: BackgroundJobs,
    @Inject(RefreshRecommendationsUseCase) private readonly refresh: RefreshRecommendationsUseCase,
  ) {}

  onModuleInit(): void {
    registerRecommendationHandlers(this.outbox.dispatcher, this.jobs, this.refresh);
  }
}
