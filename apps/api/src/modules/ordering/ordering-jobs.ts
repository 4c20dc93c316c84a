import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ExpireUnpaidOrdersUseCase, SendOrderConfirmationUseCase } from '@devgear/application';
import { OrderingEvents } from '@devgear/domain';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { PrismaService } from '../../platform/database/prisma.service';
import { OutboxDispatcher } from '../../platform/outbox/outbox-dispatcher';

/** At most this many outbox batches per tick, so one tick never runs unbounded. */
const MAX_BATCHES_PER_TICK = 10;

/**
 * The ordering context's background work, run every JOBS_INTERVAL_MS by every instance (safe:
 * the outbox is claimed with SKIP LOCKED and expiry is race-safe): deliver outbox events (the
 * order-confirmation email on 'order.paid') and expire unpaid orders after
 * ORDER_PAYMENT_TIMEOUT_MINUTES, releasing their stock. Ticks never overlap; stop() waits for
 * the running one, so shutdown never cuts a delivery in half.
 */
@Injectable()
export class OrderingJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('OrderingJobs');
  readonly dispatcher: OutboxDispatcher;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly expire: ExpireUnpaidOrdersUseCase,
    confirmation: SendOrderConfirmationUseCase,
  ) {
    this.dispatcher = new OutboxDispatcher(prisma, {
      onError: (message, error) =>
        this.log.warn(`outbox ${message.name} ${message.id} failed (attempt ${message.attempts + 1}): ${String((error as Error)?.message ?? error)}`),
    }).on(OrderingEvents.ORDER_PAID, async (message) => {
      const outcome = await confirmation.execute(message.aggregateId);
      if (outcome !== 'sent' && outcome !== 'already_sent') this.log.warn(`order confirmation for ${message.aggregateId} not sent: ${outcome}`);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobsIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.jobsIntervalMs);
    this.timer.unref();
  }

  /** One round of every job; resolves when it is done (a round already running is awaited). */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  private async round(): Promise<void> {
    try {
      for (let i = 0; i < MAX_BATCHES_PER_TICK && !this.stopped; i += 1) {
        if ((await this.dispatcher.dispatchBatch()) === 0) break;
      }
    } catch (error) {
      this.log.error(`outbox delivery failed: ${String((error as Error)?.message ?? error)}`);
    }
    if (this.stopped) return;
    try {
      const result = await this.expire.execute();
      if (result.expired.length) this.log.log(`expired unpaid orders ${result.expired.join(', ')} (stock released)`);
    } catch (error) {
      this.log.error(`expiring unpaid orders failed: ${String((error as Error)?.message ?? error)}`);
    }
  }
}
