import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';

/**
 * The one Prisma client of the process, over node-postgres (driver adapter, pure JS).
 * Repositories receive it through Nest DI; nothing outside `persistence/` folders and
 * this platform folder imports Prisma.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(databaseUrl: string, poolSize: number) {
    super({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000 }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
