import { Module } from '@nestjs/common';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { Bootstrapper } from './bootstrapper';
import { DemoCatalogSeeder } from './demo-catalog.seeder';

@Module({
  imports: [CatalogModule],
  providers: [DemoCatalogSeeder, Bootstrapper],
  exports: [Bootstrapper, DemoCatalogSeeder],
})
export class SeedModule {}
