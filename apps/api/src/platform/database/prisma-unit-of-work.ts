import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@devgear/application';
import { PrismaService } from './prisma.service';

/**
 * The UnitOfWork port over one Prisma interactive transaction: every repository called inside
 * `run` uses it (PrismaService.db), a run inside a run joins it, and a transaction PostgreSQL
 * aborted for a serialisation failure or a deadlock is run again.
 */
@Injectable()
export class PrismaUnitOfWork implements UnitOfWork {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.prisma.transaction(() => work());
  }
}
