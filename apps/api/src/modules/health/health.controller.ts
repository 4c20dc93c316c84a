import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../../platform/cache/cache.module';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/http/public.decorator';
import { PrismaService } from '../../platform/database/prisma.service';

@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the dependencies answer (Redis joins when it is configured). */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const database = await this.prisma.$queryRaw`SELECT 1`.then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis = this.redis
      ? await Promise.race([
          this.redis.ping().then(() => 'up' as const),
          new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 1000)),
        ]).catch(() => 'down' as const)
      : ('disabled' as const);
    const checks = { database, redis };
    const ok = Object.values(checks).every((v) => v !== 'down');
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
