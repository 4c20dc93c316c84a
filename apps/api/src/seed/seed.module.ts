import { Module } from '@nestjs/common';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { Bootstrapper } from './bootstrapper';
import { DemoCatalogSeeder } from './demo-catalog.seeder';

@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [DemoCatalogSeeder, Bootstrapper],
  exports: [Bootstrapper, DemoCatalogSeeder],
})
export class SeedModule {}
