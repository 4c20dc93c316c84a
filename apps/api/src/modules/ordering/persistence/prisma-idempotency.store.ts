import { Injectable } from '@nestjs/common';
import type { IdempotencyBegin, IdempotencyRequest, IdempotencyStore, IdempotentResponse } from '@devgear/application';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';

type KeyOf = Pick<IdempotencyRequest, 'operation' | 'customerId' | 'key'>;

/** A record still 'in progress' after this long was left by a crashed process: the key may be used again. */
export const IDEMPOTENCY_STALE_AFTER_MS = 5 * 60_000;
/** How long finished records answer replays (CONTRACT.md: 24 hours). */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

/**
 * Idempotency-Key records in `idempotency_keys`, keyed by (operation, customer_id, key).
 * begin() claims with `INSERT ... ON CONFLICT DO NOTHING`: of concurrent callers exactly one
 * inserts the row and gets 'new'; the others read the row and get 'in_progress', 'replay' or
 * 'conflict'. A record left in progress longer than IDEMPOTENCY_STALE_AFTER_MS is taken over by a
 * conditional update (one caller wins it).
 */
@Injectable()
export class PrismaIdempotencyStore implements IdempotencyStore {
  constructor(private readonly prisma: PrismaService) {}

  async begin(request: IdempotencyRequest): Promise<IdempotencyBegin> {
    // A row deleted by fail() between our insert attempt and our read: try the insert again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const inserted = await this.prisma.$executeRaw`
        INSERT INTO idempotency_keys (operation, customer_id, key, fingerprint, state, started_at)
        VALUES (${request.operation}, ${request.customerId}::uuid, ${request.key}, ${request.fingerprint}, 'in_progress', ${request.now})
        ON CONFLICT (operation, customer_id, key) DO NOTHING`;
      if (inserted === 1) return { state: 'new' };
      const row = await this.prisma.idempotencyKey.findUnique({ where: { operation_customerId_key: keyOf(request) } });
      if (!row) continue;
      if (row.fingerprint !== request.fingerprint) return { state: 'conflict' };
      if (row.state === 'completed') return { state: 'replay', response: (row.response ?? {}) as IdempotentResponse };
      if (request.now.getTime() - row.startedAt.getTime() < IDEMPOTENCY_STALE_AFTER_MS) return { state: 'in_progress' };
      const taken = await this.prisma.idempotencyKey.updateMany({
        where: { ...keyOf(request), state: 'in_progress', startedAt: row.startedAt },
        data: { startedAt: request.now },
      });
      return taken.count === 1 ? { state: 'new' } : { state: 'in_progress' };
    }
    return { state: 'in_progress' };
  }

  async complete(request: Omit<IdempotencyRequest, 'fingerprint'>, response: IdempotentResponse): Promise<void> {
    const updated = await this.prisma.idempotencyKey.updateMany({
      where: keyOf(request),
      data: { state: 'completed', response: response as Prisma.InputJsonObject, completedAt: request.now },
    });
    if (updated.count === 0) throw new Error(`No idempotency record for ${request.operation} ${request.key} of customer ${request.customerId}`);
  }

  async fail(request: Omit<IdempotencyRequest, 'fingerprint' | 'now'>): Promise<void> {
    await this.prisma.idempotencyKey.deleteMany({ where: keyOf(request) });
  }

  /** Deletes records started before `cutoff` (run periodically with now - IDEMPOTENCY_RETENTION_MS); returns how many. */
  async purgeStartedBefore(cutoff: Date): Promise<number> {
    const deleted = await this.prisma.idempotencyKey.deleteMany({ where: { startedAt: { lt: cutoff } } });
    return deleted.count;
  }
}

function keyOf(request: KeyOf): KeyOf {
  return { operation: request.operation, customerId: request.customerId, key: request.key };
}
