import { randomUUID } from 'node:crypto';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { OutboxDispatcher, OutboxMessage } from '../src/platform/outbox/outbox-dispatcher';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let clock = new Date('2026-11-22T10:00:00Z');
const now = () => clock;

/** `n` messages named `name`, each of its own aggregate unless `aggregateId` puts them all on one. */
async function enqueue(name: string, n = 1, aggregateId?: string) {
  const ids = Array.from({ length: n }, () => randomUUID());
  await prisma.outboxEvent.createMany({
    data: ids.map((id, i) => ({ id, aggregateId: aggregateId ?? randomUUID(), name, payload: { i }, occurredAt: new Date(clock.getTime() + i), availableAt: clock })),
  });
  return ids;
}

beforeAll(async () => {
  db = await createTestDatabase('outbox');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 8);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await prisma.outboxEvent.deleteMany();
  clock = new Date('2026-11-22T10:00:00Z');
});

it('delivers each message to its handlers and marks it processed', async () => {
  const seen: OutboxMessage[] = [];
  const [id] = await enqueue('order.paid');
  await enqueue('order.unhandled');
  const d = new OutboxDispatcher(prisma, { now }).on('order.paid', async (m) => void seen.push(m));
  expect(await d.dispatchBatch()).toBe(2);
  expect(seen.map((m) => m.id)).toEqual([id]);
  expect(await prisma.outboxEvent.count({ where: { processedAt: null } })).toBe(0);
  expect(await d.dispatchBatch()).toBe(0);
});

it('never delivers a message twice when several dispatchers run at once (SKIP LOCKED)', async () => {
  await enqueue('order.paid', 60);
  const delivered: string[] = [];
  const make = () =>
    new OutboxDispatcher(prisma, { now, batchSize: 7 }).on('order.paid', async (m) => {
      delivered.push(m.id);
      await new Promise((r) => setTimeout(r, 2));
    });
  const dispatchers = [make(), make(), make(), make()];
  for (let round = 0; round < 5; round += 1) await Promise.all(dispatchers.map((d) => d.dispatchBatch()));
  expect(delivered).toHaveLength(60);
  expect(new Set(delivered).size).toBe(60);
});

it('retries a failing handler with backoff, then parks it as a dead letter', async () => {
  const [id] = await enqueue('order.placed');
  let calls = 0;
  const d = new OutboxDispatcher(prisma, { now, maxAttempts: 3, backoffBaseMs: 1000 }).on('order.placed', async () => {
    calls += 1;
    throw new Error('SMTP is down');
  });
  await d.dispatchBatch();
  let row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ attempts: 1, lastError: 'SMTP is down', deadAt: null });
  expect(row.availableAt.getTime() - clock.getTime()).toBe(1000);
  await d.dispatchBatch(); // not yet due
  expect(calls).toBe(1);
  clock = new Date(clock.getTime() + 1000);
  await d.dispatchBatch();
  row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
  expect(row.attempts).toBe(2);
  expect(row.availableAt.getTime() - clock.getTime()).toBe(2000);
  clock = new Date(clock.getTime() + 2000);
  await d.dispatchBatch();
  row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
  expect(row.attempts).toBe(3);
  expect(row.deadAt).not.toBeNull();
  clock = new Date(clock.getTime() + 3_600_000);
  await d.dispatchBatch();
  expect(calls).toBe(3);
});

it('a failure of one message does not hold back the messages of other aggregates', async () => {
  const [bad, good] = await enqueue('x', 2);
  const d = new OutboxDispatcher(prisma, { now }).on('x', async (m) => {
    if (m.id === bad) throw new Error('boom');
  });
  expect(await d.dispatchBatch()).toBe(2);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: good } })).processedAt).not.toBeNull();
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: bad } })).processedAt).toBeNull();
});

it("delivers one aggregate's events in the order they happened: a failing one holds back the later ones until it goes through", async () => {
  const order = randomUUID();
  const [placed, paid, packed] = await enqueue('e', 3, order);
  const delivered: string[] = [];
  let failing = true;
  const d = new OutboxDispatcher(prisma, { now, backoffBaseMs: 1000 }).on('e', async (m) => {
    if (m.id === paid && failing) throw new Error('receiver down');
    delivered.push(m.id);
  });
  for (let i = 0; i < 4; i += 1) await d.dispatchBatch();
  expect(delivered).toEqual([placed]); // paid failed and waits for its retry; packed waits behind it
  failing = false;
  clock = new Date(clock.getTime() + 1000);
  for (let i = 0; i < 4; i += 1) await d.dispatchBatch();
  expect(delivered).toEqual([placed, paid, packed]);
});

it("commits what a handler writes in the message's transaction with the processed mark, and rolls it back with a failure", async () => {
  const [ok, bad] = await enqueue('write', 2);
  const d = new OutboxDispatcher(prisma, { now }).on('write', async (m) => {
    await prisma.db.processedEvent.create({ data: { eventId: `handled:${m.id}`, processedAt: clock } });
    if (m.id === bad) throw new Error('failed after writing');
  });
  await d.dispatchBatch();
  const written = await prisma.processedEvent.findMany({ where: { eventId: { in: [`handled:${ok}`, `handled:${bad}`] } } });
  expect(written.map((r) => r.eventId)).toEqual([`handled:${ok}`]);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: bad } })).attempts).toBe(1);
});

it('puts a dead letter back in line on an admin retry', async () => {
  const [id] = await enqueue('dead');
  const d = new OutboxDispatcher(prisma, { now, maxAttempts: 1 }).on('dead', async () => {
    throw new Error('nope');
  });
  await d.dispatchBatch();
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).deadAt).not.toBeNull();
  expect(await d.retryDead(id)).toBe(true);
  expect(await d.retryDead(id)).toBe(false);
  const delivered = new OutboxDispatcher(prisma, { now }).on('dead', async () => undefined);
  expect(await delivered.dispatchBatch()).toBe(1);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).processedAt).not.toBeNull();
});

it('leaves a message claimed by a dispatcher that died alone until its lease runs out, then delivers it', async () => {
  const [id] = await enqueue('leased');
  // What a dispatcher killed right after its claim leaves behind: a lease, no processed mark.
  await prisma.$executeRaw`UPDATE outbox SET leased_until = ${new Date(clock.getTime() + 30_000)} WHERE id = ${id}::uuid`;
  const delivered: string[] = [];
  const d = new OutboxDispatcher(prisma, { now }).on('leased', async (m) => void delivered.push(m.id));
  expect(await d.dispatchBatch()).toBe(0);
  clock = new Date(clock.getTime() + 30_000);
  expect(await d.dispatchBatch()).toBe(1);
  expect(delivered).toEqual([id]);
  expect(await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ leasedUntil: null, attempts: 1 });
});

it('a slow handler holds back only its own message: another dispatcher delivers the rest meanwhile', async () => {
  const [slow] = await enqueue('slow');
  clock = new Date(clock.getTime() + 10); // the slow message is the oldest: the first claim takes it
  const others = await enqueue('fast', 3);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered!: () => void;
  const inHandler = new Promise<void>((r) => (entered = r));
  const delivered: string[] = [];
  const a = new OutboxDispatcher(prisma, { now, batchSize: 1 }).on('slow', async () => {
    entered();
    await gate;
  });
  const b = new OutboxDispatcher(prisma, { now }).on('fast', async (m) => void delivered.push(m.id));
  const first = a.dispatchBatch();
  await inHandler; // a has claimed the slow message and waits in its handler
  expect(await b.dispatchBatch()).toBe(3);
  expect(delivered.sort()).toEqual([...others].sort());
  release();
  expect(await first).toBe(1);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: slow } })).processedAt).not.toBeNull();
});

it('a lapsed lease never makes two deliveries at once: the row stays locked while its handler runs', async () => {
  const [id] = await enqueue('locked');
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered!: () => void;
  const inHandler = new Promise<void>((r) => (entered = r));
  let calls = 0;
  const a = new OutboxDispatcher(prisma, { now, leaseMs: 1 }).on('locked', async () => {
    calls += 1;
    entered();
    await gate;
  });
  const first = a.dispatchBatch();
  await inHandler;
  clock = new Date(clock.getTime() + 1000); // a's lease has lapsed; it is still in its handler
  const b = new OutboxDispatcher(prisma, { now }).on('locked', async () => void (calls += 1));
  expect(await b.dispatchBatch()).toBe(0);
  release();
  await first;
  expect(calls).toBe(1);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).processedAt).not.toBeNull();
});

it('observers see each delivered message once, after its mark committed; observer-only messages need no transaction', async () => {
  const counted: string[] = [];
  const [placed1, placed2] = await enqueue('order.placed', 2);
  const [good, bad] = await enqueue('order.paid', 2);
  const d = new OutboxDispatcher(prisma, { now })
    .observe('order.placed', (m) => void counted.push(`placed:${m.id}`))
    .observe('order.paid', (m) => void counted.push(`paid:${m.id}`))
    .on('order.paid', async (m) => {
      if (m.id === bad) throw new Error('mailer down');
    });
  const transactions = jest.spyOn(prisma, 'transaction');
  expect(await d.dispatchBatch()).toBe(4);
  // Two transactions (the two messages with a handler); the two observer-only ones are marked together.
  expect(transactions).toHaveBeenCalledTimes(2);
  transactions.mockRestore();
  expect(counted.sort()).toEqual([`paid:${good}`, `placed:${placed1}`, `placed:${placed2}`].sort());
  const left = await prisma.outboxEvent.findMany({ where: { processedAt: null } });
  expect(left.map((r) => r.id)).toEqual([bad]);
  // Delivered messages are never counted again.
  clock = new Date(clock.getTime() + 60 * 60_000);
  await d.dispatchBatch();
  expect(counted.filter((c) => c === `placed:${placed1}`)).toHaveLength(1);
});
