import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** One piece of periodic work; it must be safe to run on any number of instances at once. */
export interface BackgroundJob {
  name: string;
  run(): Promise<void>;
  /** Lower runs earlier in a round (the outbox delivery is 0); default 10. */
  order?: number;
}

/**
 * The process's background work, run every JOBS_INTERVAL_MS by every instance of ROLE worker or
 * all (0 turns it off on this instance; ROLE=api never runs it): each context registers its jobs (the outbox delivery first, then expiry,
 * crash recovery, purges...). Rounds never overlap; a failing job is logged and the others still
 * run; stop() waits for the running round, so shutdown never cuts a job in half.
 */
@Injectable()
export class BackgroundJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('BackgroundJobs');
  private readonly jobs: BackgroundJob[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** When each job last finished, and how (for the back office's System page). */
  readonly lastRuns = new Map<string, { at: Date; ok: boolean; error: string | null }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(job: BackgroundJob): void {
    this.jobs.push(job);
    this.jobs.sort((a, b) => (a.order ?? 10) - (b.order ?? 10));
  }

  /** The registered jobs' names, in the order a round runs them. */
  names(): string[] {
    return this.jobs.map((j) => j.name);
  }

  /** True once stop() was called: long jobs check it between batches and return early. */
  get stopping(): boolean {
    return this.stopped;
  }

  onApplicationBootstrap(): void {
    // ROLE=api serves HTTP only: the workers (ROLE=worker or all) run the jobs and the outbox.
    if (this.config.jobsIntervalMs <= 0 || this.config.role === 'api') return;
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
    for (const job of this.jobs) {
      if (this.stopped) return;
      try {
        await job.run();
        this.lastRuns.set(job.name, { at: new Date(), ok: true, error: null });
      } catch (error) {
        const message = String((error as Error)?.message ?? error);
        this.lastRuns.set(job.name, { at: new Date(), ok: false, error: message });
        this.log.error(`${job.name} failed: ${message}`);
      }
    }
  }
}
