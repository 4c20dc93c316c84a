import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../platform/database/prisma.service';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface DeliveryRow {
  id: string;
  event_id: string;
  aggregate_id: string;
  type: string;
  url: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date;
  give_up_at: Date;
  delivered_at: Date | null;
  created_at: Date;
}

export interface NewDelivery {
  eventId: string;
  aggregateId: string;
  type: string;
  url: string;
  body: string;
  occurredAt: Date;
}

/**
 * The `webhook_deliveries` table: one row per (outbox event, endpoint). Rows are created by the
 * outbox handler in the outbox's transaction (once per event and endpoint, whatever the
 * redeliveries), then sent by WebhookSender outside any transaction.
 */
@Injectable()
export class PrismaWebhookDeliveries {
  constructor(private readonly prisma: PrismaService) {}

  /** Creates the deliveries that do not exist yet (an event redelivered by the outbox adds none). */
  async enqueue(deliveries: NewDelivery[], now: Date, retryForMs: number): Promise<void> {
    for (const d of deliveries) {
      await this.prisma.db.$executeRaw`
        INSERT INTO webhook_deliveries (id, event_id, aggregate_id, type, url, body, occurred_at, next_attempt_at, give_up_at, created_at)
        VALUES (${randomUUID()}::uuid, ${d.eventId}::uuid, ${d.aggregateId}, ${d.type}, ${d.url}, ${d.body}, ${d.occurredAt}, ${now}, ${new Date(now.getTime() + retryForMs)}, ${now})
        ON CONFLICT (event_id, url) DO NOTHING`;
    }
  }

  /**
   * Claims up to `limit` deliveries due now, at most one per (order, endpoint): the oldest pending
   * one, so an order's events reach an endpoint in the order they happened. A claimed row is leased
   * (next_attempt_at pushed by `leaseMs`) in a short transaction of its own, so another worker skips
   * it, and the one behind it waits, while the HTTP call runs outside any transaction.
   */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<DeliveryRow[]> {
    return this.prisma.transaction(async (tx) => {
      const rows = await tx.$queryRaw<DeliveryRow[]>`
        WITH heads AS (
          SELECT DISTINCT ON (aggregate_id, url) id FROM webhook_deliveries
          WHERE status = 'pending'
          ORDER BY aggregate_id, url, occurred_at, created_at, id
        )
        SELECT d.* FROM webhook_deliveries d JOIN heads h ON h.id = d.id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
        ORDER BY d.next_attempt_at, d.id
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED`;
      if (rows.length > 0) {
        await tx.$executeRaw`UPDATE webhook_deliveries SET next_attempt_at = ${new Date(now.getTime() + leaseMs)} WHERE id = ANY(${rows.map((r) => r.id)}::uuid[])`;
      }
      return rows;
    });
  }

  async markDelivered(id: string, statusCode: number, now: Date): Promise<void> {
    await this.prisma.db.$executeRaw`
      UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status_code = ${statusCode}, last_error = NULL, delivered_at = ${now}
      WHERE id = ${id}::uuid`;
  }

  /** Records a failed attempt: retried at `retryAt`, or dead when the retry budget is spent. Returns the new status. */
  async markFailed(id: string, failure: { statusCode: number | null; error: string }, now: Date, retryAt: Date): Promise<DeliveryStatus> {
    const rows = await this.prisma.db.$queryRaw<{ status: DeliveryStatus }[]>`
      UPDATE webhook_deliveries SET
        attempts = attempts + 1, last_status_code = ${failure.statusCode}, last_error = ${failure.error.slice(0, 1000)},
        status = CASE WHEN give_up_at <= ${now} THEN 'dead' ELSE 'pending' END,
        next_attempt_at = LEAST(${retryAt}, give_up_at)
      WHERE id = ${id}::uuid RETURNING status`;
    return rows[0]?.status ?? 'dead';
  }

  /** Sends a dead delivery again now, with a fresh retry budget; false when `id` is no dead delivery. */
  async retry(id: string, now: Date, retryForMs: number): Promise<'retried' | 'not_found' | 'not_dead'> {
    const updated = await this.prisma.db.$executeRaw`
      UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ${now}, give_up_at = ${new Date(now.getTime() + retryForMs)}
      WHERE id = ${id}::uuid AND status = 'dead'`;
    if (updated === 1) return 'retried';
    return (await this.find(id)) ? 'not_dead' : 'not_found';
  }

  async find(id: string): Promise<DeliveryRow | null> {
    const rows = await this.prisma.db.$queryRaw<DeliveryRow[]>`SELECT * FROM webhook_deliveries WHERE id = ${id}::uuid`;
    return rows[0] ?? null;
  }

  /** Newest first, optionally of one status. */
  async list(status: DeliveryStatus | undefined, page: number, perPage: number): Promise<{ items: DeliveryRow[]; total: number }> {
    const offset = (page - 1) * perPage;
    const items = status
      ? await this.prisma.db.$queryRaw<DeliveryRow[]>`SELECT * FROM webhook_deliveries WHERE status = ${status} ORDER BY created_at DESC, id LIMIT ${perPage} OFFSET ${offset}`
      : await this.prisma.db.$queryRaw<DeliveryRow[]>`SELECT * FROM webhook_deliveries ORDER BY created_at DESC, id LIMIT ${perPage} OFFSET ${offset}`;
    const counts = await this.countByStatus();
    return { items, total: status ? counts[status] : counts.pending + counts.delivered + counts.dead };
  }

  async countByStatus(): Promise<Record<DeliveryStatus, number>> {
    const rows = await this.prisma.db.$queryRaw<{ status: DeliveryStatus; n: number }[]>`SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status`;
    const counts = { pending: 0, delivered: 0, dead: 0 };
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }
}
