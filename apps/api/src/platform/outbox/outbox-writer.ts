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
    data: events.map((e) => ({
      id: randomUUID(),
      aggregateId: e.aggregateId,
      name: e.name,
      payload: JSON.parse(JSON.stringify(e.payload ?? null)) as Prisma.InputJsonValue,
      occurredAt: e.occurredAt,
    })),
  });
}
