import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { PrismaRecommendationRefreshQueue } from '../src/modules/recommendations/persistence/prisma-recommendation-refresh.queue';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let queue: PrismaRecommendationRefreshQueue;
const waiting = async () => (await prisma.recommendationRefresh.findMany({ orderBy: { queuedAt: 'asc' } })).map((r) => r.target).sort();

beforeAll(async () => {
  db = await createTestDatabase('reco_queue');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 6);
  queue = new PrismaRecommendationRefreshQueue(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await prisma.recommendationRefresh.deleteMany();
});

it('keeps one row per list however many times it is queued, and empties as lists are recomputed', async () => {
  for (let i = 0; i < 20; i += 1) await queue.add(['best-sellers', `customer:c${i % 2}`, 'product:k1', 'product:k1']);
  expect(await waiting()).toEqual(['best-sellers', 'customer:c0', 'customer:c1', 'product:k1']);
  const seen: string[] = [];
  expect(await queue.process(100, async (t) => void seen.push(...t))).toBe(4);
  expect(seen.sort()).toEqual(['best-sellers', 'customer:c0', 'customer:c1', 'product:k1']);
  expect(await waiting()).toEqual([]);
});

it('a list queued again while it is recomputed stays for the next round, and adding never waits for the recompute', async () => {
  await queue.add(['product:k1']);
  await queue.process(10, async () => {
    await queue.add(['product:k1']); // an order paid meanwhile: its purchase may be missing from what was read
  });
  expect(await waiting()).toEqual(['product:k1']);
  expect(await queue.process(10, async () => undefined)).toBe(1);
  expect(await waiting()).toEqual([]);
});

it('leaves the lists queued when the recompute fails', async () => {
  await queue.add(['best-sellers', 'product:k1']);
  await expect(queue.process(10, async () => Promise.reject(new Error('redis went away')))).rejects.toThrow('redis went away');
  expect(await waiting()).toEqual(['best-sellers', 'product:k1']);
  expect(await queue.process(10, async () => undefined)).toBe(2);
});

it('two instances never take the same list at once', async () => {
  await queue.add(Array.from({ length: 40 }, (_, i) => `product:p${i}`));
  const other = new PrismaRecommendationRefreshQueue(prisma);
  const taken: string[] = [];
  const work = async (t: string[]) => {
    taken.push(...t);
    await new Promise((r) => setTimeout(r, 20));
  };
  await Promise.all([queue.process(25, work), other.process(25, work), queue.process(25, work)]);
  expect(taken).toHaveLength(40);
  expect(new Set(taken).size).toBe(40);
});
