import { Global, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PrismaService } from '../database/prisma.service';
import { BackgroundJobs } from '../jobs/background-jobs';
import { OutboxDispatcher } from './outbox-dispatcher';
import { OutboxEventSink } from './outbox-event-sink';
import { PrismaProcessedEventStore } from './prisma-processed-event.store';

/** At most this many outbox batches per round of the background jobs, so one round never runs unbounded. */
const MAX_BATCHES_PER_ROUND = 20;

/**
 * The one event pipeline of the process: the outbox dispatcher (contexts register their handlers
 * with `dispatcher.on(...)` when their module starts) and the background jobs that run it first
 * in every round, before any other job.
 */
@Injectable()
export class OutboxDelivery implements OnModuleInit {
  private readonly log = new Logger('Outbox');
  readonly dispatcher: OutboxDispatcher;

  constructor(
    prisma: PrismaService,
    private readonly jobs: BackgroundJobs,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dispatcher = new OutboxDispatcher(prisma, {
      leaseMs: config.outboxLeaseMs,
      onError: (message, error) => this.log.warn(`outbox ${message.name} ${message.id} failed (attempt ${message.attempts + 1}): ${String((error as Error)?.message ?? error)}`),
    });
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'outbox', order: 0, run: () => this.deliver() });
  }

  /** Delivers what is due, batch after batch, until nothing is left (bounded per round). */
  async deliver(): Promise<void> {
    // A shutdown (SIGTERM) stops claiming rows between batches; the batch in hand finishes.
    for (let i = 0; i < MAX_BATCHES_PER_ROUND && !this.jobs.stopping; i += 1) {
      if ((await this.dispatcher.dispatchBatch()) === 0) return;
    }
  }
}

@Global()
@Module({
  providers: [BackgroundJobs, OutboxDelivery, OutboxEventSink, PrismaProcessedEventStore],
  exports: [BackgroundJobs, OutboxDelivery, OutboxEventSink, PrismaProcessedEventStore],
})
export class OutboxModule {}
