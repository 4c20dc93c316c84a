import { MemoryThrottlerStorage } from './memory-throttler.storage';

describe('MemoryThrottlerStorage', () => {
  it('counts hits in a fixed window and blocks past the limit until the block ends', async () => {
    let now = 1_000_000;
    const storage = new MemoryThrottlerStorage(() => now);
    const hit = () => storage.increment('ip:1', 60_000, 3, 60_000, 'api');
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    await hit();
    expect((await hit()).isBlocked).toBe(false);
    now += 10_000;
    expect(await hit()).toEqual({ totalHits: 4, timeToExpire: 50, isBlocked: true, timeToBlockExpire: 60 });
    // Another client and another throttler keep their own counts.
    expect((await storage.increment('ip:2', 60_000, 3, 60_000, 'api')).totalHits).toBe(1);
    expect((await storage.increment('ip:1', 60_000, 3, 60_000, 'auth')).totalHits).toBe(1);
    // A new window starts counting again, but the block runs its full length.
    now += 55_000;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: true, timeToBlockExpire: 5 });
    now += 5_000;
    expect(await hit()).toMatchObject({ totalHits: 2, isBlocked: false });
  });

  it('costs one map entry per client, however many hits', async () => {
    const storage = new MemoryThrottlerStorage();
    for (let i = 0; i < 100_000; i += 1) storage.hit('api:ip:1', 60_000, 1_000_000, 60_000);
    expect(storage.hit('api:ip:1', 60_000, 1_000_000, 60_000).totalHits).toBe(100_001);
  });
});
