import { InMemoryRefreshTokenStore } from './in-memory-refresh-token.store';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const T1 = new Date('2025-03-01T10:00:00.000Z');
const LATER = new Date('2025-03-08T09:00:00.000Z');

function record(id: string, familyId: string, userId = 'u1') {
  return { id, familyId, userId, tokenHash: `hash-${id}`, expiresAt: LATER, createdAt: T0 };
}

describe('InMemoryRefreshTokenStore', () => {
  it('finds a record by hash with usedAt, revokedAt and replacedBy unset', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('t1', 'f1'));
    expect(await store.findByHash('hash-t1')).toEqual({ ...record('t1', 'f1'), usedAt: null, revokedAt: null, replacedBy: null });
    expect(await store.findByHash('hash-nope')).toBeNull();
  });

  it('claims a token once: the second markUsed gets false, even when both run concurrently', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('t1', 'f1'));
    const results = await Promise.all([store.markUsed('t1', T1, 't2'), store.markUsed('t1', T1, 't3')]);
    expect(results.sort()).toEqual([false, true]);
    expect(await store.findByHash('hash-t1')).toMatchObject({ usedAt: T1, replacedBy: 't2' });
  });

  it('does not let a revoked or unknown token be claimed', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('t1', 'f1'));
    await store.revokeFamily('f1', T1);
    expect(await store.markUsed('t1', T1, 't2')).toBe(false);
    expect(await store.markUsed('nope', T1, 't2')).toBe(false);
  });

  it('revokes one family, or every family of a user, keeping earlier revocation times', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('a1', 'fa'));
    await store.create(record('a2', 'fa'));
    await store.create(record('b1', 'fb'));
    await store.create(record('c1', 'fc', 'u2'));
    await store.revokeFamily('fa', T0);
    expect(store.records().map((r) => [r.id, r.revokedAt])).toEqual([
      ['a1', T0],
      ['a2', T0],
      ['b1', null],
      ['c1', null],
    ]);
    await store.revokeAllForUser('u1', T1);
    expect(store.records().map((r) => [r.id, r.revokedAt])).toEqual([
      ['a1', T0],
      ['a2', T0],
      ['b1', T1],
      ['c1', null],
    ]);
  });

  it('hands out copies', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('t1', 'f1'));
    const found = await store.findByHash('hash-t1');
    (found as { usedAt: Date | null }).usedAt = T1;
    found?.expiresAt.setFullYear(2000);
    expect(await store.findByHash('hash-t1')).toMatchObject({ usedAt: null, expiresAt: LATER });
  });

  it('refuses a duplicate id or hash', async () => {
    const store = new InMemoryRefreshTokenStore();
    await store.create(record('t1', 'f1'));
    await expect(store.create(record('t1', 'f1'))).rejects.toThrow(/already exists/);
    await expect(store.create({ ...record('t2', 'f1'), tokenHash: 'hash-t1' })).rejects.toThrow(/already exists/);
  });
});
