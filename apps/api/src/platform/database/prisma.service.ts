import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '../../generated/prisma/client';

/** The client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  /** How long the transaction may run (default 15 s). */
  timeoutMs?: number;
}

/** How often a transaction is run again after the database aborted it for a serialisation failure or a deadlock. */
const SERIALIZATION_ATTEMPTS = 5;

/**
 * The one Prisma client of the process, over node-postgres (driver adapter, pure JS), and the
 * transaction context of the unit of work: `transaction(fn)` runs `fn` in the current transaction
 * when there is one (joining it) or in a new one, and `db` is the client every repository uses —
 * the transaction's inside one, the plain client outside. So repositories called inside a unit of
 * work share one database transaction without passing it around (AsyncLocalStorage).
 * Repositories receive it through Nest DI; nothing outside `persistence/` folders and this
 * platform folder imports Prisma.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly current = new AsyncLocalStorage<Tx>();
  /**
   * The client as constructed: Prisma's client is a proxy that serves the model delegates, and a
   * getter reached through it sees the bare target as `this`, so the proxy is kept here.
   */
  private readonly client: Tx;

  constructor(databaseUrl: string, poolSize: number) {
    super({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000 }) });
    this.client = this;
  }

  /** The client of the transaction this call runs in, or the plain client. */
  get db(): Tx {
    return this.current.getStore() ?? this.client;
  }

  /** Whether this call runs inside a transaction. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `fn` with a transaction's client: the current transaction's (joined: it commits or rolls
   * back with the outer one), or a new READ COMMITTED transaction that commits when `fn` resolves
   * and rolls back when it throws. A new transaction aborted by PostgreSQL for a serialisation
   * failure or a deadlock is run again (so `fn` must load what it changes itself).
   */
  async transaction<T>(fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const joined = this.current.getStore();
    if (joined) return fn(joined);
    for (let attempt = 1; ; attempt++) {
      try {
        // PostgreSQL's default isolation, READ COMMITTED (not set per transaction: that would cost a
        // round trip): every statement sees what committed before it, which the conditional
        // updates and the optimistic saves rely on.
        return await this.$transaction((tx) => this.current.run(tx, () => fn(tx)), {
          maxWait: 10_000,
          timeout: options.timeoutMs ?? 15_000,
        });
      } catch (error) {
        if (attempt >= SERIALIZATION_ATTEMPTS || !isRetryableConflict(error)) throw error;
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

/** PostgreSQL's serialization_failure (40001) and deadlock_detected (40P01), as Prisma reports them. */
export function isRetryableConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034') return true;
  const codes = new Set<string>();
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: { cause?: unknown } }; cause?: unknown };
    for (const c of [o.code, o.originalCode]) if (typeof c === 'string') codes.add(c);
    e = o.meta?.driverAdapterError?.cause ?? o.cause;
  }
  return codes.has('40001') || codes.has('40P01');
}
