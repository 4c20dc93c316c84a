import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnsureAdminUseCase } from '@devgear/application';
import type { AppConfig } from '../platform/config/config';
import { APP_CONFIG } from '../platform/config/config.module';
import { DemoCatalogSeeder } from './demo-catalog.seeder';
import { DemoCommunitySeeder } from './demo-community.seeder';

/** Start-up data: the demo catalog with its reviews and blog posts (SEED_DEMO) and the admin account (ADMIN_EMAIL/PASSWORD). */
@Injectable()
export class Bootstrapper {
  private readonly logger = new Logger('Bootstrapper');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeder: DemoCatalogSeeder,
    private readonly community: DemoCommunitySeeder,
    private readonly ensureAdmin: EnsureAdminUseCase,
  ) {}

  async run(): Promise<void> {
    if (this.config.seedDemo) {
      this.logger.log('demo data: checking the demo catalog');
      const seeded = await this.seeder.seed();
      await this.community.seed();
      if (!seeded.categoriesCreated && !seeded.productsCreated) this.logger.log('demo data: the demo catalog is loaded');
    }
    if (this.config.admin) {
      const result = await this.ensureAdmin.execute({ email: this.config.admin.email, password: this.config.admin.password });
      this.logger.log(`admin account ${this.config.admin.email}: ${result.outcome}`);
    }
  }
}
