import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { DeadLetterDto, SystemStatusDto } from '@devgear/contracts';
import type { AppConfig } from '../../../platform/config/config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { ApiError } from '../../../platform/http/errors';
import { Roles } from '../../../platform/auth/auth.decorators';
import { BackgroundJobs } from '../../../platform/jobs/background-jobs';
import { Metrics } from '../../../platform/metrics/metrics';
import { OutboxDelivery } from '../../../platform/outbox/outbox.module';
import { pathId } from '../../../platform/http/path-id';
import { PrismaWebhookDeliveries } from '../prisma-webhook-deliveries';

/**
 * The back office's System page: the outbox backlog and dead letters (with retry), webhook
 * deliveries by status, and when each background job last ran (on whichever worker ran it).
 */
@Roles('admin')
@Controller('admin')
export class AdminSystemController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly deliveries: PrismaWebhookDeliveries,
    private readonly jobs: BackgroundJobs,
    private readonly outbox: OutboxDelivery,
  ) {}

  @Get('system')
  async status(): Promise<{ data: SystemStatusDto }> {
    const [stats, webhooks, runs] = await Promise.all([this.metrics.pipelineStats(), this.deliveries.countByStatus(), this.jobs.lastRunsEverywhere()]);
    const byName = new Map(runs.map((r) => [r.name, r]));
    const names = [...new Set([...this.jobs.names(), ...byName.keys()])];
    return {
      data: {
        outbox: { backlog: stats.backlog, oldest_pending_age_seconds: stats.oldest_age_seconds === null ? null : Math.round(stats.oldest_age_seconds), dead: stats.dead },
        webhooks: { ...webhooks, endpoints: this.config.webhooks.endpoints.length },
        jobs: names.map((name) => {
          const run = byName.get(name);
          return { name, instance: run?.instance ?? null, last_run_at: run?.last_run_at.toISOString() ?? null, ok: run?.ok ?? null, error: run?.error ?? null, duration_ms: run?.duration_ms ?? null };
        }),
        role: this.config.role,
      },
    };
  }

  @Get('outbox/dead-letters')
  async deadLetters(): Promise<{ data: DeadLetterDto[] }> {
    const rows = await this.outbox.dispatcher.deadLetters(100);
    return {
      data: rows.map((r) => ({ id: r.id, name: r.name, aggregate_id: r.aggregate_id, attempts: r.attempts, last_error: r.last_error, occurred_at: r.occurred_at.toISOString(), dead_at: r.dead_at.toISOString() })),
    };
  }

  @Post('outbox/dead-letters/:id/retry')
  @HttpCode(202)
  async retryDeadLetter(@Param('id') id: string) {
    if (!(await this.outbox.dispatcher.retryDead(pathId(id, 'Dead letter')))) throw new ApiError(404, 'NOT_FOUND', 'No such dead letter');
    return { data: { id, status: 'pending' } };
  }
}
