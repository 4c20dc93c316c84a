import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PrismaService } from '../database/prisma.service';

export interface JobRun {
  name: string;
  instance: string;
  last_run_at: Date;
  ok: boolean;
  error: string | null;
  duration_ms: number;
}

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
  /** When each job last finished on this instance, and how. */
  readonly lastRuns = new Map<string, { at: Date; ok: boolean; error: string | null }>();
  /** This process, as named in background_job_runs. */
  readonly instance = `${hostname()}:${process.pid}`;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {}

  /** When each job last ran on any instance (background_job_runs), for the back office's System page. */
  async lastRunsEverywhere(): Promise<JobRun[]> {
    return this.prisma.$queryRaw<JobRun[]>`SELECT name, instance, last_run_at, ok, error, duration_ms FROM background_job_runs ORDER BY name`;
  }

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
    const runs: JobRun[] = [];
    for (const job of this.jobs) {
      if (this.stopped) break;
      const started = Date.now();
      let error: string | null = null;
      try {
        await job.run();
      } catch (err) {
        error = String((err as Error)?.message ?? err);
        this.log.error(`${job.name} failed: ${error}`);
      }
      const at = new Date();
      this.lastRuns.set(job.name, { at, ok: error === null, error });
      runs.push({ name: job.name, instance: this.instance, last_run_at: at, ok: error === null, error: error?.slice(0, 1000) ?? null, duration_ms: at.getTime() - started });
    }
    await this.record(runs);
  }

  /** One statement per round: the System page shows the last run of each job, whichever worker ran it. */
  private async record(runs: JobRun[]): Promise<void> {
    if (runs.length === 0) return;
    try {
      await this.prisma.$executeRaw`
        INSERT INTO background_job_runs (name, instance, last_run_at, ok, error, duration_ms)
        SELECT * FROM unnest(${runs.map((r) => r.name)}::text[], ${runs.map((r) => r.instance)}::text[], ${runs.map((r) => r.last_run_at)}::timestamptz[],
                             ${runs.map((r) => r.ok)}::boolean[], ${runs.map((r) => r.error)}::text[], ${runs.map((r) => r.duration_ms)}::int[])
        ON CONFLICT (name) DO UPDATE SET instance = EXCLUDED.instance, last_run_at = EXCLUDED.last_run_at, ok = EXCLUDED.ok, error = EXCLUDED.error, duration_ms = EXCLUDED.duration_ms`;
    } catch (err) {
      this.log.warn(`could not record the job runs: ${String((err as Error)?.message ?? err)}`);
    }
  }
}
