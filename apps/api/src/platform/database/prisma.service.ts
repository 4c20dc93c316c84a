import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../../generated/prisma/client';

/**
 * The one Prisma client of the process, over node-postgres (driver adapter, pure JS).
 * Repositories receive it through Nest DI; nothing outside `persistence/` folders and
 * this platform folder imports Prisma.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /**
   * The connection pool Prisma runs on (DATABASE_POOL_SIZE connections in all), for the few
   * read statements whose one-row JSON results Prisma's result mapping would only slow down
   * (the catalog's listing and product reads: about 250 µs of CPU per query, measured).
   */
  readonly pool: Pool;

  constructor(databaseUrl: string, poolSize: number) {
    const pool = new Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000 });
    super({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    this.pool = pool;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
