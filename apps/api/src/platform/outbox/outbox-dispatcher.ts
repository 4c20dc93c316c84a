import { PrismaService } from '../database/prisma.service';
import { sql } from '../database/sql';

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

/**
 * Notices an event once it is delivered, with no database work of its own (an in-memory counter
 * of /metrics): called after the message's processed mark committed, never retried, and a message
 * that only has observers is marked with the rest of its batch in one statement, no transaction.
 */
export type OutboxObserver = (message: OutboxMessage) => void;

export interface OutboxDispatcherOptions {
  batchSize?: number;
  /** After this many failed attempts the message is parked as a dead letter. */
  maxAttempts?: number;
  /** Delay before retry n (1-based): base * 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /**
   * How long a claim keeps other dispatchers off a message. A dispatcher that dies (kill -9)
   * holding a claim delays its messages by at most this much; one that is merely slow keeps the
   * message locked while it handles it, so a lapsed claim never makes two deliveries at once.
   */
  leaseMs?: number;
  now?: () => Date;
  onError?: (message: OutboxMessage, error: unknown) => void;
}

export interface DeadLetter {
  id: string;
  name: string;
  aggregate_id: string;
  attempts: number;
  last_error: string | null;
  occurred_at: Date;
  dead_at: Date;
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
 * change that raised them. Each context registers its handlers (`on`).
 * - One statement claims a batch: the oldest pending message of each aggregate (its head) that is
 *   due and not claimed, locked with SKIP LOCKED and leased (`leased_until`), so any number of
 *   instances dispatch at once without taking the same message, and the events of one order are
 *   delivered in the order they happened, even across instances and retries.
 * - Each message is then handled in a transaction of its own, holding the lock of that one row:
 *   what its handlers write through the unit of work (an email in the local mailbox, a refund
 *   recorded, a claim) commits with its processed mark, or rolls back with it when a handler
 *   fails. A slow handler (a partner's webhook) holds back nothing but its own aggregate.
 *   Messages with no handler (none, or only observers such as the /metrics counters) need no
 *   transaction: one statement marks all of them in the batch.
 * - A failing message is retried with exponential backoff and, after `maxAttempts`, becomes a
 *   dead letter (dead_at) for an admin to inspect and retry.
 * Delivery to the outside world is at least once: handlers must be idempotent.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler[]>();
  private readonly observers = new Map<string, OutboxObserver[]>();
  private readonly o: Required<Omit<OutboxDispatcherOptions, 'onError'>> & Pick<OutboxDispatcherOptions, 'onError'>;

  constructor(
    private readonly prisma: PrismaService,
    options: OutboxDispatcherOptions = {},
  ) {
    this.o = {
      batchSize: options.batchSize ?? 50,
      maxAttempts: options.maxAttempts ?? 10,
      backoffBaseMs: options.backoffBaseMs ?? 5_000,
      backoffMaxMs: options.backoffMaxMs ?? 15 * 60_000,
      leaseMs: options.leaseMs ?? 30_000,
      now: options.now ?? (() => new Date()),
      onError: options.onError,
    };
  }

  on(eventName: string, handler: OutboxHandler): this {
    this.handlers.set(eventName, [...(this.handlers.get(eventName) ?? []), handler]);
    return this;
  }

  /** Registers an observer of `eventName` (see OutboxObserver). */
  observe(eventName: string, observer: OutboxObserver): this {
    this.observers.set(eventName, [...(this.observers.get(eventName) ?? []), observer]);
    return this;
  }

  /** Claims and handles one batch; returns how many messages it claimed (delivered or failed). */
  async dispatchBatch(): Promise<number> {
    const rows = await this.claim();
    // Messages no handler needs a transaction for: one statement marks them all.
    const plain = rows.filter((row) => !this.handlers.has(row.name));
    if (plain.length > 0) {
      const marked = new Set((await this.markProcessed(plain.map((row) => row.id))).map((r) => r.id));
      for (const row of plain) if (marked.has(row.id)) this.notify(row);
    }
    for (const row of rows) if (this.handlers.has(row.name)) await this.handle(row);
    return rows.length;
  }

  /** Puts a dead letter back in line (admin retry); false when there is no such dead letter. */
  async retryDead(id: string): Promise<boolean> {
    const updated = await this.prisma.db.$executeRaw`
      UPDATE outbox SET dead_at = NULL, available_at = ${this.o.now()}, leased_until = NULL, attempts = 0
      WHERE id = ${id}::uuid AND dead_at IS NOT NULL`;
    return updated === 1;
  }

  /** The newest dead letters (for the back office), at most `limit`. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    return this.prisma.$queryRaw<DeadLetter[]>`
      SELECT id, name, aggregate_id, attempts, last_error, occurred_at, dead_at FROM outbox
      WHERE dead_at IS NOT NULL AND processed_at IS NULL ORDER BY dead_at DESC LIMIT ${limit}`;
  }

  private async claim(): Promise<Row[]> {
    const now = this.o.now();
    // Heads come from one sort of the pending rows (it does not depend on the planner's
    // estimates); a head another dispatcher holds or leases is skipped, and so is its aggregate.
    const rows = await this.prisma.query<Row>(sql`
      WITH heads AS (
        SELECT DISTINCT ON (aggregate_id) id, available_at, leased_until FROM outbox
        WHERE processed_at IS NULL AND dead_at IS NULL
        ORDER BY aggregate_id, occurred_at, id
      ), picked AS (
        SELECT o.id FROM outbox o JOIN heads h ON h.id = o.id
        WHERE h.available_at <= ${now} AND (h.leased_until IS NULL OR h.leased_until <= ${now})
          AND o.processed_at IS NULL AND o.dead_at IS NULL
        ORDER BY o.occurred_at, o.id
        LIMIT ${this.o.batchSize}
        FOR UPDATE OF o SKIP LOCKED
      )
      UPDATE outbox o SET leased_until = ${new Date(now.getTime() + this.o.leaseMs)}
      FROM picked WHERE o.id = picked.id
      RETURNING o.id, o.aggregate_id, o.name, o.payload, o.occurred_at, o.attempts`);
    return rows.sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime() || a.id.localeCompare(b.id));
  }

  private toMessage(row: Row): OutboxMessage {
    return { id: row.id, aggregateId: row.aggregate_id, name: row.name, payload: row.payload, occurredAt: row.occurred_at, attempts: row.attempts };
  }

  /** Runs the observers of a delivered message; one that throws is reported and forgotten. */
  private notify(row: Row): void {
    const observers = this.observers.get(row.name);
    if (!observers) return;
    const message = this.toMessage(row);
    for (const observer of observers) {
      try {
        observer(message);
      } catch (err) {
        this.o.onError?.(message, err);
      }
    }
  }

  private async handle(row: Row): Promise<void> {
    const message = this.toMessage(row);
    const handlers = this.handlers.get(row.name) ?? [];
    try {
      const delivered = await this.prisma.transaction(
        async () => {
          // The processed mark comes first, in the statement that locks the row: the lock stays
          // while the handlers run (should the lease lapse meanwhile, another dispatcher skips the
          // row rather than delivering it a second time at once), and a handler that throws rolls
          // the mark back with everything else it wrote.
          const [mine] = await this.markProcessed([row.id]);
          if (!mine) return false;
          for (const handler of handlers) await handler(message);
          return true;
        },
        { timeoutMs: 120_000 },
      );
      if (delivered) this.notify(row);
    } catch (err) {
      this.o.onError?.(message, err);
      const attempts = row.attempts + 1;
      const dead = attempts >= this.o.maxAttempts;
      const delay = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempts - 1));
      await this.prisma.query(sql`
        UPDATE outbox SET attempts = ${attempts}, last_error = ${String((err as Error)?.message ?? err).slice(0, 1000)},
          leased_until = NULL,
          dead_at = ${dead ? this.o.now() : null},
          available_at = ${dead ? this.o.now() : new Date(this.o.now().getTime() + delay)}
        WHERE id = ${row.id}::uuid AND processed_at IS NULL`);
    }
  }

  /**
   * Marks messages delivered (in the current transaction when there is one) and returns those it
   * marked: a row another dispatcher holds locked is skipped, one already processed is left alone.
   */
  private markProcessed(ids: string[]): Promise<{ id: string }[]> {
    return this.prisma.query<{ id: string }>(sql`
      WITH mine AS (
        SELECT id FROM outbox WHERE id = ANY(${ids}::uuid[]) AND processed_at IS NULL AND dead_at IS NULL
        FOR UPDATE SKIP LOCKED
      )
      UPDATE outbox o SET processed_at = ${this.o.now()}, attempts = o.attempts + 1, last_error = NULL, leased_until = NULL
      FROM mine WHERE o.id = mine.id
      RETURNING o.id`);
  }
}
