import { InMemoryPasswordResetStore } from './in-memory-password-reset.store';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const T1 = new Date('2025-03-01T09:30:00.000Z');
const record = (id: string, userId = 'u1') => ({ id, userId, tokenHash: `hash-${id}`, createdAt: T0, expiresAt: new Date('2025-03-01T10:00:00.000Z') });

describe('InMemoryPasswordResetStore', () => {
  it('claims a token once, also under concurrency', async () => {
    const store = new InMemoryPasswordResetStore();
    await store.create(record('r1'));
    expect((await Promise.all([store.markUsed('r1', T1), store.markUsed('r1', T1)])).sort()).toEqual([false, true]);
    expect(await store.findByHash('hash-r1')).toMatchObject({ usedAt: T1 });
    expect(await store.markUsed('nope', T1)).toBe(false);
  });

  it("invalidates every unused token of one user, not other users'", async () => {
    const store = new InMemoryPasswordResetStore();
    await store.create(record('r1'));
    await store.create(record('r2'));
    await store.create(record('r3', 'u2'));
    await store.markUsed('r1', T0);
    await store.invalidateAllForUser('u1', T1);
    expect(store.records().map((r) => [r.id, r.usedAt])).toEqual([
      ['r1', T0],
      ['r2', T1],
      ['r3', null],
    ]);
  });
});
