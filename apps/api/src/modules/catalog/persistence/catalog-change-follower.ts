import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { CatalogLiveState, ProductLiveFields } from '@devgear/application';
import type { PrismaService } from '../../../platform/database/prisma.service';

export interface CatalogChangeFollowerOptions {
  /** PostgreSQL URL for LISTEN (a dedicated connection); null = poll only. */
  listenUrl: string | null;
  /** How often the change log is read even without a notification. */
  pollIntervalMs?: number;
  /** Log rows older than this are deleted (by every instance, harmlessly). */
  keepMinutes?: number;
}

interface LiveEntry extends ProductLiveFields {
  /** The follower's clock when this product last changed. */
  stamp: number;
}

interface LiveRow {
  id: string;
  average: number;
  count: number;
  variant_ids: string[];
  available: number[];
}

const LIVE_FIELDS_SQL = `SELECT p.id, p.rating_average::float8 AS average, p.rating_count AS count,
  coalesce(array_agg(v.id::text ORDER BY v.id) FILTER (WHERE v.id IS NOT NULL), '{}') AS variant_ids,
  coalesce(array_agg(v.available ORDER BY v.id) FILTER (WHERE v.id IS NOT NULL), '{}') AS available
FROM products p LEFT JOIN variants v ON v.product_id = p.id`;

/**
 * Follows the database's catalog change log (table catalog_changes, written by triggers in
 * the same transaction as every stock or rating change, whichever code made it) and keeps
 * every product's live fields (stock per variant, in-stock flag, rating) in memory, so
 * cached catalog reads are overlaid with fresh values on this instance within a second.
 *
 * Reading the log: each row carries its transaction id, and every read takes a snapshot
 * (pg_current_snapshot). A row the read cannot see yet belongs to a transaction that was
 * still running (listed in the snapshot) or had not started (an id from the snapshot's xmax
 * on), so the next read asks for exactly those transactions' rows: nothing is missed,
 * whatever order the sequence numbers commit in, and nothing is read twice. LISTEN
 * catalog_changes wakes the reader at once; a poll every pollIntervalMs is the fallback.
 */
export class CatalogChangeFollower implements CatalogLiveState, OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('CatalogChangeFollower');
  private readonly products = new Map<string, LiveEntry>();
  private generationValue = 0;
  private clock = 0;
  /** Transactions whose rows the next read asks for: from `from` on, and those still running at the last read. */
  private unseen: { from: string; running: string[] } = { from: '0', running: [] };
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private needsReload = false;
  private listener: Client | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;
  private lastErrorLogAt = 0;
  private readonly pollIntervalMs: number;
  private readonly keepMinutes: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly options: CatalogChangeFollowerOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.keepMinutes = options.keepMinutes ?? 10;
  }

  get(productId: string): ProductLiveFields | undefined {
    return this.products.get(productId);
  }

  generation(): number {
    return this.generationValue;
  }

  /** The clock when the product's live fields last changed (0: not since start). */
  stampOf(productId: string): number {
    return this.products.get(productId)?.stamp ?? 0;
  }

  /** Whether NOTIFY wakes this reader now (otherwise it only polls). */
  isListening(): boolean {
    return this.listener !== null;
  }

  /** The current clock: something rendered now is stale once a product it shows gets a later stamp. */
  now(): number {
    return this.clock;
  }

  async onModuleInit(): Promise<void> {
    await this.reload();
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
    this.timers.push(setInterval(() => void this.poll(), this.pollIntervalMs));
    this.timers.push(setInterval(() => void this.prune(), 60_000));
    for (const t of this.timers) t.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.polling?.catch(() => undefined);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** Reads the log now (a read already running is followed by one more); resolves when done. */
  poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.pollAgain = false;
        try {
          if (this.needsReload) {
            await this.reload();
            this.needsReload = false;
          } else {
            await this.readLog();
          }
        } catch (err) {
          this.report('reading the catalog change log failed', err);
          break;
        }
      } while (this.pollAgain && !this.stopped);
    })().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  /** Every product's live fields, from scratch (start, and after the listener reconnects). */
  private async reload(): Promise<void> {
    // The snapshot first: whatever commits after it is read (again) from the log.
    const [{ snapshot }] = await this.prisma.$queryRawUnsafe<{ snapshot: string }[]>(`SELECT pg_current_snapshot()::text AS snapshot`);
    const rows = await this.prisma.$queryRawUnsafe<LiveRow[]>(`${LIVE_FIELDS_SQL} GROUP BY p.id`);
    this.apply(rows, null);
    this.unseen = unseenAfter(snapshot);
  }

  private async readLog(): Promise<void> {
    const rows = await this.prisma.$queryRawUnsafe<{ snapshot: string; product_id: string | null }[]>(
      `SELECT pg_current_snapshot()::text AS snapshot, c.product_id::text AS product_id
       FROM (SELECT 1) one LEFT JOIN catalog_changes c ON c.tx >= $1::xid8 OR c.tx = ANY($2::xid8[])`,
      this.unseen.from,
      this.unseen.running,
    );
    const changed = [...new Set(rows.map((r) => r.product_id).filter((id): id is string => id !== null))];
    if (changed.length > 0) {
      const live = await this.prisma.$queryRawUnsafe<LiveRow[]>(`${LIVE_FIELDS_SQL} WHERE p.id = ANY($1::uuid[]) GROUP BY p.id`, changed);
      this.apply(live, changed);
    }
    this.unseen = unseenAfter(rows[0].snapshot);
  }

  /** Stores fresh live fields; `ids` = the products asked for (those missing from `rows` are gone). */
  private apply(rows: LiveRow[], ids: string[] | null): void {
    this.clock += 1;
    if (ids === null) this.products.clear();
    let moved = false;
    for (const r of rows) {
      const available = new Map<string, number>();
      r.variant_ids.forEach((id, i) => available.set(id, Number(r.available[i])));
      const entry: LiveEntry = {
        inStock: r.available.some((n) => Number(n) > 0),
        rating: { average: Number(r.average), count: Number(r.count) },
        available,
        stamp: this.clock,
      };
      const before = this.products.get(r.id);
      if (before && (before.inStock !== entry.inStock || before.rating.average !== entry.rating.average || before.rating.count !== entry.rating.count)) {
        moved = true;
      }
      this.products.set(r.id, entry);
    }
    if (ids) {
      const found = new Set(rows.map((r) => r.id));
      for (const id of ids) if (!found.has(id) && this.products.delete(id)) moved = true;
    }
    if (moved || ids === null) this.generationValue += 1;
  }

  private async listen(url: string): Promise<void> {
    const client = new Client({ connectionString: url });
    let lost = false;
    const onLost = (err: unknown) => {
      if (lost || this.stopped) return;
      lost = true;
      this.report('the catalog change listener lost its connection', err);
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
      this.reconnect(url);
    };
    client.on('notification', () => void this.poll());
    client.on('error', onLost);
    client.on('end', () => onLost(new Error('connection ended')));
    try {
      await client.connect();
      await client.query('LISTEN catalog_changes');
      this.listener = client;
    } catch (err) {
      onLost(err); // polling only until it can listen again
    }
  }

  private reconnect(url: string): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer);
      if (this.stopped) return;
      // The log was still polled meanwhile, but a database outage may have outlived its rows: start clean.
      this.needsReload = true;
      void this.poll().then(() => (this.stopped ? undefined : this.listen(url)));
    }, 1000);
    timer.unref();
    this.timers.push(timer);
  }

  private async prune(): Promise<void> {
    try {
      await this.prisma.$executeRawUnsafe(`DELETE FROM catalog_changes WHERE changed_at < now() - make_interval(mins => $1::int)`, this.keepMinutes);
    } catch (err) {
      this.report('pruning the catalog change log failed', err);
    }
  }

  private report(message: string, err: unknown): void {
    if (this.stopped) return;
    const now = Date.now();
    if (now - this.lastErrorLogAt < 10_000) return;
    this.lastErrorLogAt = now;
    this.log.warn(`${message}: ${String((err as Error)?.message ?? err)}`);
  }
}

/** From a snapshot "xmin:xmax:xip,...": the transactions whose log rows it could not see. */
function unseenAfter(snapshot: string): { from: string; running: string[] } {
  const [, xmax, xip] = snapshot.split(':');
  return { from: xmax, running: xip ? xip.split(',').filter(Boolean) : [] };
}
