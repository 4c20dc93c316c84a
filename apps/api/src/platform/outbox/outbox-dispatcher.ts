import { PrismaService } from '../database/prisma.service';

export interface OutboxMessage {
  id: string;
  aggregateId: string;
  name: string;
  payload: unknown;
  occurredAt: Date;
  attempts: number;
}

/** Runs the side effects of one event (emails, partner webhooks, cache invalidation...). */
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
 * Delivers domain events written to the `outbox` table in the same transaction as the
 * state change that raised them. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of API instances can dispatch at once without delivering a message twice
 * concurrently. A failing handler is retried with exponential backoff; after
 * `maxAttempts` the message becomes a dead letter (dead_at) for an admin to inspect.
 * Delivery is at-least-once: handlers must be idempotent.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler[]>();
  private readonly o: Required<Omit<OutboxDispatcherOptions, 'onError'>> & Pick<OutboxDispatcherOptions, 'onError'>;

  constructor(
    private readonly prisma: PrismaService,
    options: OutboxDispatcherOptions = {},
  ) {
    this.o = {
      batchSize: options.batchSize ?? 20,
      maxAttempts: options.maxAttempts ?? 8,
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

  /** Claims and handles one batch; returns how many messages were handled successfully. */
  async dispatchBatch(): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        const now = this.o.now();
        const rows = await tx.$queryRaw<Row[]>`
          SELECT id, aggregate_id, name, payload, occurred_at, attempts FROM outbox
          WHERE processed_at IS NULL AND dead_at IS NULL AND available_at <= ${now}
          ORDER BY occurred_at, id
          LIMIT ${this.o.batchSize}
          FOR UPDATE SKIP LOCKED`;
        let delivered = 0;
        for (const row of rows) {
          const message: OutboxMessage = { id: row.id, aggregateId: row.aggregate_id, name: row.name, payload: row.payload, occurredAt: row.occurred_at, attempts: row.attempts };
          try {
            for (const handler of this.handlers.get(row.name) ?? []) await handler(message);
            await tx.outboxEvent.update({ where: { id: row.id }, data: { processedAt: this.o.now(), attempts: row.attempts + 1, lastError: null } });
            delivered += 1;
          } catch (err) {
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
        return delivered;
      },
      { timeout: 60_000 },
    );
  }
}
