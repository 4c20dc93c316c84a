import { Global, Injectable, Module } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PrismaService } from '../database/prisma.service';

interface PipelineStats {
  backlog: number;
  oldest_age_seconds: number | null;
  dead: number;
  webhooks_pending: number;
  webhooks_dead: number;
}

/**
 * The process's Prometheus metrics (GET /metrics, prom-client): Node runtime metrics, the HTTP
 * latency histogram by route template and status, business counters, and gauges read at scrape
 * time: the database pool, the outbox backlog and its oldest message's age, dead letters and
 * webhook deliveries by status (those come from the shared database, so every instance reports
 * the same cluster-wide figures; counters are per process, as Prometheus expects).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'devgear_http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly orders = new Counter({
    name: 'devgear_orders_total',
    help: 'Order events handled from the outbox: placed, paid, payment_failed',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });
  readonly paymentsDeclined = new Counter({ name: 'devgear_payments_declined_total', help: 'Checkouts the payment provider declined', registers: [this.registry] });
  readonly webhookDeliveries = new Counter({
    name: 'devgear_webhook_deliveries_total',
    help: 'Partner webhook delivery attempts by outcome: delivered, failed (to be retried), dead',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(private readonly prisma: PrismaService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'devgear_' });
    for (const outcome of ['delivered', 'failed', 'dead']) this.webhookDeliveries.inc({ outcome }, 0);
    for (const event of ['placed', 'paid', 'payment_failed']) this.orders.inc({ event }, 0);
    const pool = prisma.pool;
    new Gauge({ name: 'devgear_db_pool_connections_in_use', help: 'Database connections handed out', registers: [this.registry], collect() { this.set(pool.totalCount - pool.idleCount); } });
    new Gauge({ name: 'devgear_db_pool_connections_idle', help: 'Database connections open and idle', registers: [this.registry], collect() { this.set(pool.idleCount); } });
    new Gauge({ name: 'devgear_db_pool_waiting_requests', help: 'Queries waiting for a database connection', registers: [this.registry], collect() { this.set(pool.waitingCount); } });

    // One query per scrape feeds the pipeline gauges (each gauge's collect awaits the same promise).
    let stats: Promise<PipelineStats> | null = null;
    const read = () => (stats ??= this.pipelineStats().finally(() => setTimeout(() => (stats = null), 0)));
    const gauge = (name: string, help: string, pick: (s: PipelineStats) => number | null) =>
      new Gauge({ name, help, registers: [this.registry], async collect() { const v = pick(await read()); this.set(v ?? 0); } });
    gauge('devgear_outbox_backlog', 'Outbox messages not yet delivered (dead letters excluded)', (s) => s.backlog);
    gauge('devgear_outbox_oldest_pending_age_seconds', 'Age of the oldest undelivered outbox message (0 when none)', (s) => s.oldest_age_seconds);
    gauge('devgear_outbox_dead_letters', 'Outbox messages parked as dead letters', (s) => s.dead);
    new Gauge({
      name: 'devgear_webhook_deliveries',
      help: 'Partner webhook deliveries by status',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const s = await read();
        this.set({ status: 'pending' }, s.webhooks_pending);
        this.set({ status: 'dead' }, s.webhooks_dead);
      },
    });
  }

  async pipelineStats(): Promise<PipelineStats> {
    const [row] = await this.prisma.$queryRaw<PipelineStats[]>`
      SELECT
        (SELECT count(*)::int FROM outbox WHERE processed_at IS NULL AND dead_at IS NULL) AS backlog,
        (SELECT extract(epoch FROM now() - min(occurred_at))::float8 FROM outbox WHERE processed_at IS NULL AND dead_at IS NULL) AS oldest_age_seconds,
        (SELECT count(*)::int FROM outbox WHERE dead_at IS NOT NULL AND processed_at IS NULL) AS dead,
        (SELECT count(*)::int FROM webhook_deliveries WHERE status = 'pending') AS webhooks_pending,
        (SELECT count(*)::int FROM webhook_deliveries WHERE status = 'dead') AS webhooks_dead`;
    return row;
  }
}

@Global()
@Module({ providers: [Metrics], exports: [Metrics] })
export class MetricsModule {}
