import { Module } from '@nestjs/common';
import { BlogModule } from '../modules/blog/blog.module';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { Bootstrapper } from './bootstrapper';
import { DemoCatalogSeeder } from './demo-catalog.seeder';
import { DemoCommunitySeeder } from './demo-community.seeder';

@Module({
  imports: [CatalogModule, BlogModule],
  providers: [DemoCatalogSeeder, DemoCommunitySeeder, Bootstrapper],
  exports: [Bootstrapper, DemoCatalogSeeder, DemoCommunitySeeder],
})
export class SeedModule {}
