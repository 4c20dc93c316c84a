import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Sql } from './sql';

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
  /** While a transaction starts: where its node-postgres connection is recorded (see query()). */
  private readonly starting = new AsyncLocalStorage<{ connection?: PoolClient }>();
  private readonly connections = new WeakMap<Tx, PoolClient>();
  private readonly committed = new WeakMap<Tx, Array<() => unknown>>();
  /**
   * The client as constructed: Prisma's client is a proxy that serves the model delegates, and a
   * getter reached through it sees the bare target as `this`, so the proxy is kept here.
   */
  private readonly client: Tx;
  /** The connection pool Prisma runs on (DATABASE_POOL_SIZE connections), shared with query(). */
  readonly pool: Pool;

  constructor(databaseUrl: string, poolSize: number) {
    const pool = new Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000 });
    super({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    this.client = this;
    this.pool = pool;
    // Prisma's interactive transaction takes its connection from this pool: the one taken while a
    // transaction starts is recorded, so query() can send statements on it, inside the transaction.
    type Done = (err: Error | undefined, client: PoolClient | undefined, release: (err?: Error) => void) => void;
    const connect = pool.connect.bind(pool) as (done: Done) => void;
    // Both forms of pg's connect(): the promise (Prisma's adapter) and the callback (Pool.query).
    // The slot is the caller's, taken when connect() is called: pg may hand the connection over
    // later, from another request's async context (when that one releases a connection).
    (pool as unknown as { connect: (done?: Done) => Promise<PoolClient> | void }).connect = (done?: Done) => {
      const slot = this.starting.getStore();
      const record = (connection: PoolClient | undefined) => {
        if (slot && connection && !slot.connection) slot.connection = connection;
      };
      if (done) {
        connect((err, client, release) => {
          if (!err) record(client);
          done(err, client, release);
        });
        return;
      }
      return new Promise<PoolClient>((resolve, reject) =>
        connect((err, client) => {
          if (err || !client) return reject(err ?? new Error('no connection'));
          record(client);
          resolve(client);
        }),
      );
    };
  }

  /** The client of the transaction this call runs in, or the plain client. */
  get db(): Tx {
    return this.current.getStore() ?? this.client;
  }

  /**
   * Runs one statement with node-postgres directly, skipping Prisma's query compiler and result
   * mapping (for the hot paths: checkout, carts, stock): on the current transaction's connection
   * inside one, on the pool otherwise. Rows come as node-postgres parses them.
   */
  async query<T extends QueryResultRow>(statement: Sql): Promise<T[]> {
    const { text, values } = statement.toQuery();
    const config = { name: statementName(text), text, values };
    const tx = this.current.getStore();
    if (tx) {
      const connection = this.connections.get(tx);
      if (!connection) throw new Error('The current transaction has no recorded connection');
      return (await connection.query<T>(config)).rows;
    }
    return (await this.pool.query<T>(config)).rows;
  }

  /**
   * Runs `effect` once the current transaction has committed (at once outside a transaction;
   * never when it rolls back): for what must only follow a committed change, such as telling
   * this instance's catalog cache that stock moved. A failing effect is swallowed after the
   * commit: it cannot undo what committed.
   */
  afterCommit(effect: () => unknown): void {
    const tx = this.current.getStore();
    if (!tx) {
      void Promise.resolve().then(effect).catch(() => undefined);
      return;
    }
    const queued = this.committed.get(tx);
    if (queued) queued.push(effect);
    else this.committed.set(tx, [effect]);
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
        const slot: { connection?: PoolClient; tx?: Tx } = {};
        const result = await this.starting.run(slot, () =>
          this.$transaction(
            (tx) => {
              slot.tx = tx;
              if (slot.connection) this.connections.set(tx, slot.connection);
              return this.current.run(tx, () => fn(tx));
            },
            { maxWait: 10_000, timeout: options.timeoutMs ?? 15_000 },
          ),
        );
        for (const effect of (slot.tx && this.committed.get(slot.tx)) ?? []) void Promise.resolve().then(effect).catch(() => undefined);
        return result;
      } catch (error) {
        if (attempt >= SERIALIZATION_ATTEMPTS || !isRetryableConflict(error)) throw error;
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 500;

/**
 * A name for a statement text, so each connection parses and plans it once (a prepared statement)
 * rather than on every call; undefined (unnamed, parsed each time) past the first 500 texts.
 */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `q${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
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
