import { Module } from '@nestjs/common';
import { GetSalesAnalyticsUseCase } from '@devgear/application';
import { systemClock } from '../../platform/system/system-services';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { AdminAnalyticsController } from './admin-analytics.controller';
import { PrismaSalesAnalyticsReadModel } from './prisma-sales-analytics.read-model';

@Module({
  controllers: [AdminAnalyticsController],
  providers: [
    PrismaSalesAnalyticsReadModel,
    {
      provide: GetSalesAnalyticsUseCase,
      inject: [PrismaSalesAnalyticsReadModel, APP_CONFIG],
      useFactory: (analytics: PrismaSalesAnalyticsReadModel, config: AppConfig) =>
        new GetSalesAnalyticsUseCase({ analytics, clock: systemClock }, { currency: config.pricing.currency }),
    },
  ],
})
export class AnalyticsModule {}
