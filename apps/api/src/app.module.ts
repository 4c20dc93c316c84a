import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './platform/http/access.guard';
import type { AppConfig } from './platform/config/config';
import { ConfigModule } from './platform/config/config.module';
import { CacheModule } from './platform/cache/cache.module';
import { DatabaseModule } from './platform/database/database.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { HealthController } from './modules/health/health.controller';
import { IdentityModule } from './modules/identity/identity.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string, poolSize: number): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl, poolSize), CacheModule.forRoot(config), CatalogModule, IdentityModule, SeedModule],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
