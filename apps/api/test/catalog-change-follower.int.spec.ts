import { randomUUID } from 'node:crypto';
import { CatalogChangeFollower } from '../src/modules/catalog/persistence/catalog-change-follower';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** The live-field change log (database triggers) and its reader, on a real PostgreSQL. */
let db: TestDatabase;
let prisma: PrismaService;
const followers: CatalogChangeFollower[] = [];
const categoryId = randomUUID();

async function product(units: number[]) {
  const id = randomUUID();
  const slug = `p-${id.slice(0, 8)}`;
  await prisma.$executeRawUnsafe(
    `INSERT INTO products (id, slug, name, description, brand, category_id, min_price, currency, in_stock, updated_at)
     VALUES ($1::uuid, $2, 'Test Board', 'A board', 'Voltkit', $3::uuid, 100, 'USD', $4, now())`,
    id,
    slug,
    categoryId,
    units.some((u) => u > 0),
  );
  const variants: string[] = [];
  for (const [i, available] of units.entries()) {
    const v = randomUUID();
    variants.push(v);
    await prisma.$executeRawUnsafe(
      `INSERT INTO variants (id, product_id, sku, name, price, available, position, updated_at) VALUES ($1::uuid, $2::uuid, $3, 'V', 100, $4, $5, now())`,
      v,
      id,
      `SKU-${v.slice(0, 8)}`,
      available,
      i,
    );
  }
  return { id, variants };
}

async function follower(options: { listen?: boolean; pollIntervalMs?: number } = {}) {
  const f = new CatalogChangeFollower(prisma, { listenUrl: options.listen ? db.url : null, pollIntervalMs: options.pollIntervalMs ?? 60_000 });
  await f.onModuleInit();
  followers.push(f);
  return f;
}

beforeAll(async () => {
  db = await createTestDatabase('change_follower');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 6);
  await prisma.$executeRawUnsafe(`INSERT INTO categories (id, slug, name, updated_at) VALUES ($1::uuid, 'boards', 'Boards', now())`, categoryId);
});
afterAll(async () => {
  for (const f of followers) await f.onModuleDestroy();
  await prisma?.$disconnect();
  await db?.drop();
});

it('loads every product’s live fields at start', async () => {
  const p = await product([3, 0]);
  const f = await follower();
  expect(f.get(p.id)).toMatchObject({ inStock: true, rating: { average: 0, count: 0 } });
  expect([...f.get(p.id)!.available.values()].sort()).toEqual([0, 3]);
});

it('sees a change committed after a later one (sequence numbers commit out of order)', async () => {
  const early = await product([5]);
  const late = await product([5]);
  const f = await follower();
  const open = await prisma.pool.connect();
  try {
    await open.query('BEGIN');
    await open.query('UPDATE variants SET available = 1 WHERE id = $1', [early.variants[0]]); // takes the lower seq, commits last
    await prisma.$executeRawUnsafe('UPDATE variants SET available = 2 WHERE id = $1::uuid', late.variants[0]);
    await f.poll();
    expect(f.get(late.id)!.available.get(late.variants[0])).toBe(2);
    expect(f.get(early.id)!.available.get(early.variants[0])).toBe(5); // not committed yet
    await open.query('COMMIT');
  } finally {
    open.release();
  }
  await f.poll();
  expect(f.get(early.id)!.available.get(early.variants[0])).toBe(1);
});

it('moves the generation when a product sells out or is re-rated, not on an ordinary sale or an edit', async () => {
  const p = await product([2]);
  const f = await follower();
  const g0 = f.generation();
  const stamp0 = f.stampOf(p.id);
  await prisma.$executeRawUnsafe('UPDATE variants SET available = available - 1 WHERE id = $1::uuid', p.variants[0]);
  await f.poll();
  expect(f.generation()).toBe(g0);
  expect(f.stampOf(p.id)).toBeGreaterThan(stamp0);
  await prisma.$executeRawUnsafe('UPDATE variants SET available = available - 1 WHERE id = $1::uuid', p.variants[0]);
  await f.poll();
  expect(f.get(p.id)!.inStock).toBe(false);
  expect(f.generation()).toBe(g0 + 1);
  await prisma.$executeRawUnsafe('UPDATE products SET rating_average = 4.5, rating_count = 2 WHERE id = $1::uuid', p.id);
  await f.poll();
  expect(f.get(p.id)!.rating).toEqual({ average: 4.5, count: 2 });
  expect(f.generation()).toBe(g0 + 2);
  // A write that changes neither stock nor rating is not a change.
  const stamp = f.stampOf(p.id);
  await prisma.$executeRawUnsafe(`UPDATE products SET name = 'Renamed Board' WHERE id = $1::uuid`, p.id);
  await prisma.$executeRawUnsafe(`UPDATE variants SET name = 'Renamed' WHERE id = $1::uuid`, p.variants[0]);
  await f.poll();
  expect(f.stampOf(p.id)).toBe(stamp);
});

it('is woken by NOTIFY: a change shows without a poll, well within a second', async () => {
  const p = await product([9]);
  const f = await follower({ listen: true });
  const started = Date.now();
  await prisma.$executeRawUnsafe('UPDATE variants SET available = 4 WHERE id = $1::uuid', p.variants[0]);
  while (f.get(p.id)!.available.get(p.variants[0]) !== 4) {
    if (Date.now() - started > 1000) throw new Error('not woken within 1 s');
    await new Promise((r) => setTimeout(r, 10));
  }
});

it('listens again after losing its connection', async () => {
  const p = await product([9]);
  const f = await follower({ listen: true });
  expect(f.isListening()).toBe(true);
  await prisma.$executeRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN catalog_changes'`);
  const until = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + 5000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`not ${what} within 5 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await until(() => !f.isListening(), 'noticed');
  await until(() => f.isListening(), 'listening again');
  const started = Date.now();
  await prisma.$executeRawUnsafe('UPDATE variants SET available = 3 WHERE id = $1::uuid', p.variants[0]);
  while (f.get(p.id)?.available.get(p.variants[0]) !== 3) {
    if (Date.now() - started > 1000) throw new Error('not woken within 1 s after reconnecting');
    await new Promise((r) => setTimeout(r, 10));
  }
});

it('logs every stock write whichever statement makes it: one row per product and statement', async () => {
  const p = await product([1, 1]);
  const before = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM catalog_changes WHERE product_id = $1::uuid`, p.id);
  await prisma.$executeRawUnsafe('UPDATE variants SET available = available + 1 WHERE product_id = $1::uuid', p.id); // one statement, two rows
  await prisma.$executeRawUnsafe('DELETE FROM variants WHERE id = $1::uuid', p.variants[1]);
  const after = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM catalog_changes WHERE product_id = $1::uuid`, p.id);
  expect(after[0].n - before[0].n).toBe(2);
});
