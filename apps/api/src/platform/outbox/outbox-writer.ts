import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@devgear/domain';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../database/prisma.service';

/**
 * Writes the events an aggregate recorded to the `outbox` table with the client of the
 * transaction that saves the aggregate, so they are stored exactly when the state change is
 * (ARCHITECTURE.md, "Events are not lost"). The dispatcher delivers them after commit.
 */
export async function writeOutbox(db: Tx, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.outboxEvent.createMany({
    data: outboxRows(events).map((r) => ({
      id: r.id,
      aggregateId: r.aggregate_id,
      name: r.name,
      payload: r.payload as Prisma.InputJsonValue,
      occurredAt: r.occurred_at,
    })),
  });
}

/** The outbox rows of `events` (for repositories that write them within a statement of their own). */
export function outboxRows(events: readonly DomainEvent[]) {
  return events.map((e) => ({
    id: randomUUID(),
    aggregate_id: e.aggregateId,
    name: e.name,
    payload: JSON.parse(JSON.stringify(e.payload ?? null)) as unknown,
    occurred_at: e.occurredAt,
  }));
}
