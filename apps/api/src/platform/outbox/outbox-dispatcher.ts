import { PrismaService } from '../database/prisma.service';

export interface OutboxMessage {
  id: string;
  aggregateId: string;
  name: string;
  payload: unknown;
  occurredAt: Date;
  attempts: number;
}

/** Runs the side effects of one event (emails, partner webhooks, refunds...). */
export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

export interface OutboxDispatcherOptions {
  batchSize?: number;
  /** After this many failed attempts the message is parked as a dead letter. */
  maxAttempts?: number;
  /** Delay before retry n (1-based): base * 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  now?: () => Date;
  onError?: (message: OutboxMessage, error: unknown) => void;
}

interface Row {
  id: string;
  aggregate_id: string;
  name: string;
  payload: unknown;
  occurred_at: Date;
  attempts: number;
}

/**
 * Delivers the domain events written to the `outbox` table in the same transaction as the state
 * change that raised them. Each context registers its handlers (`on`). A batch is one transaction:
 * - rows are claimed with FOR UPDATE SKIP LOCKED, so any number of instances dispatch at once
 *   without delivering a message twice concurrently;
 * - only the oldest pending message of each aggregate is claimed, so the events of one order are
 *   delivered in the order they happened, even across instances and retries;
 * - each message's handlers run inside the batch's transaction under a savepoint: what they write
 *   through the unit of work (an email in the local mailbox, a refund recorded, a claim) commits
 *   together with the message's processed mark, or rolls back with it when a handler fails;
 * - a failing message is retried with exponential backoff and, after `maxAttempts`, becomes a
 *   dead letter (dead_at) for an admin to inspect and retry.
 * Delivery to the outside world is at least once: handlers must be idempotent.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler[]>();
  private readonly o: Required<Omit<OutboxDispatcherOptions, 'onError'>> & Pick<OutboxDispatcherOptions, 'onError'>;

  constructor(
    private readonly prisma: PrismaService,
    options: OutboxDispatcherOptions = {},
  ) {
    this.o = {
      batchSize: options.batchSize ?? 100,
      maxAttempts: options.maxAttempts ?? 10,
      backoffBaseMs: options.backoffBaseMs ?? 5_000,
      backoffMaxMs: options.backoffMaxMs ?? 15 * 60_000,
      now: options.now ?? (() => new Date()),
      onError: options.onError,
    };
  }

  on(eventName: string, handler: OutboxHandler): this {
    this.handlers.set(eventName, [...(this.handlers.get(eventName) ?? []), handler]);
    return this;
  }

  /** Claims and handles one batch; returns how many messages it claimed (delivered or failed). */
  async dispatchBatch(): Promise<number> {
    return this.prisma.transaction(
      async (tx) => {
        const now = this.o.now();
        // The oldest pending message of each aggregate (its head), due now, oldest first, locked;
        // heads another dispatcher holds are skipped, and so are the messages behind them. (One
        // sort of the pending rows: it does not depend on the planner's estimates.)
        const rows = await tx.$queryRaw<Row[]>`
          WITH heads AS (
            SELECT DISTINCT ON (aggregate_id) id, available_at FROM outbox
            WHERE processed_at IS NULL AND dead_at IS NULL
            ORDER BY aggregate_id, occurred_at, id
          )
          SELECT o.id, o.aggregate_id, o.name, o.payload, o.occurred_at, o.attempts
          FROM outbox o JOIN heads h ON h.id = o.id
          WHERE h.available_at <= ${now} AND o.processed_at IS NULL AND o.dead_at IS NULL
          ORDER BY o.occurred_at, o.id
          LIMIT ${this.o.batchSize}
          FOR UPDATE OF o SKIP LOCKED`;
        const delivered: string[] = [];
        for (const row of rows) {
          const message: OutboxMessage = { id: row.id, aggregateId: row.aggregate_id, name: row.name, payload: row.payload, occurredAt: row.occurred_at, attempts: row.attempts };
          const handlers = this.handlers.get(row.name) ?? [];
          if (handlers.length === 0) {
            delivered.push(row.id);
            continue;
          }
          await tx.$executeRawUnsafe('SAVEPOINT outbox_message');
          try {
            for (const handler of handlers) await handler(message);
            await tx.$executeRawUnsafe('RELEASE SAVEPOINT outbox_message');
            delivered.push(row.id);
          } catch (err) {
            await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT outbox_message');
            this.o.onError?.(message, err);
            const attempts = row.attempts + 1;
            const dead = attempts >= this.o.maxAttempts;
            const delay = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempts - 1));
            await tx.outboxEvent.update({
              where: { id: row.id },
              data: {
                attempts,
                lastError: String((err as Error)?.message ?? err).slice(0, 1000),
                ...(dead ? { deadAt: this.o.now() } : { availableAt: new Date(this.o.now().getTime() + delay) }),
              },
            });
          }
        }
        if (delivered.length > 0) {
          await tx.$executeRaw`
            UPDATE outbox SET processed_at = ${this.o.now()}, attempts = attempts + 1, last_error = NULL
            WHERE id = ANY(${delivered}::uuid[])`;
        }
        return rows.length;
      },
      { timeoutMs: 120_000 },
    );
  }

  /** Puts a dead letter back in line (admin retry); false when there is no such dead letter. */
  async retryDead(id: string): Promise<boolean> {
    const updated = await this.prisma.db.$executeRaw`
      UPDATE outbox SET dead_at = NULL, available_at = ${this.o.now()}, attempts = 0 WHERE id = ${id}::uuid AND dead_at IS NOT NULL`;
    return updated === 1;
  }
}
