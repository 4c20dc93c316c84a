import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { Metrics } from '../../platform/metrics/metrics';
import { PrismaWebhookDeliveries, type DeliveryRow } from './prisma-webhook-deliveries';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';

/** Deliveries claimed per batch (sent concurrently), and batches per round of the background jobs at most. */
const BATCH = 20;
const MAX_BATCHES_PER_ROUND = 25;
/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 60 * 60_000;

/** The delay before the retry that follows failed attempt n (1-based): base * 2^(n-1), at most 1 h. */
export function webhookBackoffMs(attempt: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends the pending partner webhook deliveries (a background job, on every worker): each is
 * `POST url` with the stored body and a fresh `DevGear-Signature`; a 2xx within WEBHOOK_TIMEOUT_MS
 * delivers it, anything else is retried with exponential backoff (WEBHOOK_RETRY_BASE_MS, doubling)
 * until WEBHOOK_RETRY_FOR_MS after it was created, then it is dead until an admin retries it.
 * At least once: a worker that dies after the partner answered and before the row is marked sends
 * it again after the lease; partners de-duplicate by the body's `id`.
 */
@Injectable()
export class WebhookSender {
  private readonly log = new Logger('Webhooks');
  private readonly secrets: Map<string, string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: PrismaWebhookDeliveries,
    private readonly metrics: Metrics,
  ) {
    this.secrets = new Map(config.webhooks.endpoints.map((e) => [e.url, e.secret]));
  }

  /** Sends what is due, batch after batch (bounded per round). */
  async run(stopping: () => boolean = () => false): Promise<void> {
    const leaseMs = this.config.webhooks.timeoutMs + 30_000;
    for (let i = 0; i < MAX_BATCHES_PER_ROUND && !stopping(); i += 1) {
      const due = await this.deliveries.claimDue(new Date(), BATCH, leaseMs);
      if (due.length === 0) return;
      await Promise.all(due.map((d) => this.attempt(d)));
    }
  }

  private async attempt(d: DeliveryRow): Promise<void> {
    const secret = this.secrets.get(d.url);
    let failure: { statusCode: number | null; error: string };
    if (!secret) {
      failure = { statusCode: null, error: 'this endpoint is no longer in PARTNER_WEBHOOKS' };
    } else {
      failure = await this.post(d, secret);
      if (failure.statusCode !== null && failure.statusCode >= 200 && failure.statusCode < 300) {
        await this.deliveries.markDelivered(d.id, failure.statusCode, new Date());
        this.metrics.webhookDeliveries.inc({ outcome: 'delivered' });
        return;
      }
    }
    const now = new Date();
    const status = await this.deliveries.markFailed(d.id, failure, now, new Date(now.getTime() + webhookBackoffMs(d.attempts + 1, this.config.webhooks.retryBaseMs)));
    this.metrics.webhookDeliveries.inc({ outcome: status === 'dead' ? 'dead' : 'failed' });
    this.log.warn(`webhook ${d.type} ${d.event_id} to ${d.url} failed (attempt ${d.attempts + 1}${status === 'dead' ? ', now dead' : ''}): ${failure.error}`);
  }

  private async post(d: DeliveryRow, secret: string): Promise<{ statusCode: number | null; error: string }> {
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'DevGear-Webhooks/1',
          [SIGNATURE_HEADER]: signWebhook(secret, d.body, Math.floor(Date.now() / 1000)),
        },
        body: d.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
      });
      const text = await res.text().catch(() => '');
      return { statusCode: res.status, error: `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}` };
    } catch (err) {
      const e = err as Error;
      const timedOut = e?.name === 'TimeoutError' || e?.name === 'AbortError';
      return { statusCode: null, error: timedOut ? `no answer within ${this.config.webhooks.timeoutMs} ms` : String((e as { cause?: Error })?.cause?.message ?? e?.message ?? e) };
    }
  }
}
