import { Injectable } from '@nestjs/common';
import type {
  IdempotencyClaim,
  IdempotencyClaimRequest,
  IdempotencyStore,
  IdempotentResponse,
  InFlightKey,
} from '@devgear/application';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';
import { isUuid } from '../../../platform/system/system-services';

/** How long keys that produced no order answer replays (CONTRACT.md: at least 24 hours). */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

interface KeyRow {
  fingerprint: string;
  state: 'in_progress' | 'completed';
  response: Prisma.JsonValue | null;
  order_id: string | null;
  started_at: Date;
}

/**
 * Idempotency-Key records in `idempotency_keys`, keyed by (operation, customer_id, key), written in
 * the caller's unit of work. claim() is one statement: `INSERT ... ON CONFLICT DO NOTHING` and, when
 * the key exists, its row — of concurrent callers exactly one inserts (the others wait on the key's
 * index until that transaction ends) and a rollback frees the key again. A key names the order its
 * request creates (order_id), so the order's later transactions complete or release it by order.
 */
@Injectable()
export class PrismaIdempotencyStore implements IdempotencyStore {
  constructor(private readonly prisma: PrismaService) {}

  async claim(request: IdempotencyClaimRequest): Promise<IdempotencyClaim> {
    for (let attempt = 0; attempt < 5; attempt++) {
      // One statement: the claim, and the row as it stands when the key was taken already.
      const [row] = await this.prisma.query<KeyRow & { claimed: boolean }>(sql`
        WITH claimed AS (
          INSERT INTO idempotency_keys (operation, customer_id, key, fingerprint, state, started_at, order_id)
          VALUES (${request.operation}, ${request.customerId}::uuid, ${request.key}, ${request.fingerprint}, 'in_progress', ${request.now}, ${request.orderId}::uuid)
          ON CONFLICT (operation, customer_id, key) DO NOTHING
          RETURNING true AS claimed
        )
        SELECT true AS claimed, NULL AS fingerprint, NULL AS state, NULL::jsonb AS response, NULL::uuid AS order_id, NULL::timestamptz AS started_at FROM claimed
        UNION ALL
        SELECT false, fingerprint, state::text, response, order_id, started_at FROM idempotency_keys
        WHERE operation = ${request.operation} AND customer_id = ${request.customerId}::uuid AND key = ${request.key}
          AND NOT EXISTS (SELECT 1 FROM claimed)`);
      if (row?.claimed) return { state: 'new' };
      if (!row) continue; // released between the two statements: claim again
      if (row.fingerprint !== request.fingerprint) return { state: 'conflict' };
      if (row.state === 'completed') return { state: 'replay', response: (row.response ?? {}) as IdempotentResponse };
      return { state: 'in_progress', orderId: row.order_id, startedAt: row.started_at };
    }
    throw new Error(`Idempotency-Key ${request.key} kept changing while it was claimed`);
  }

  async completeForOrder(orderId: string, response: IdempotentResponse, now: Date): Promise<void> {
    if (!isUuid(orderId)) return;
    await this.prisma.query(sql`
      UPDATE idempotency_keys SET state = 'completed', response = ${JSON.stringify(response)}::jsonb, completed_at = ${now}
      WHERE order_id = ${orderId}::uuid`);
  }

  async releaseForOrder(orderId: string): Promise<void> {
    if (!isUuid(orderId)) return;
    await this.prisma.db.idempotencyKey.deleteMany({ where: { orderId } });
  }

  async findInProgressStartedBefore(cutoff: Date, limit: number): Promise<InFlightKey[]> {
    const rows = await this.prisma.db.idempotencyKey.findMany({
      where: { state: 'in_progress', startedAt: { lt: cutoff } },
      orderBy: { startedAt: 'asc' },
      take: limit,
      select: { operation: true, customerId: true, key: true, orderId: true, startedAt: true },
    });
    return rows;
  }

  /**
   * Deletes the finished keys older than `cutoff` that did not produce an order (run with now -
   * IDEMPOTENCY_RETENTION_MS): a key that made an order answers with it for as long as it exists.
   * Returns how many.
   */
  async purgeCompletedBefore(cutoff: Date): Promise<number> {
    return this.prisma.db.$executeRaw`
      DELETE FROM idempotency_keys k
      WHERE k.state = 'completed' AND k.started_at < ${cutoff}
        AND (k.order_id IS NULL OR NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = k.order_id AND o.status <> 'payment_failed'))`;
  }
}

