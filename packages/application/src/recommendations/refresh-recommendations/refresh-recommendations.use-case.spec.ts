import { InMemoryRecommendationRefreshQueue } from '../../testing/in-memory-recommendation-refresh.queue';
import { RECOMMENDATION_KEYS } from '../recommendation-lists';
import { recommendationShop } from '../recommendations.fixture';
import { RefreshRecommendationsUseCase } from './refresh-recommendations.use-case';

async function setUp() {
  const shop = await recommendationShop(2);
  const queue = new InMemoryRecommendationRefreshQueue();
  const refresh = new RefreshRecommendationsUseCase(shop.lists, shop.kit.source, queue);
  const cached = async (key: string) => JSON.parse((await shop.kit.cache.get(key)) ?? 'null');
  return { ...shop, queue, refresh, cached };
}

describe('RefreshRecommendationsUseCase', () => {
  it("queues the order's lists on an order event, and the refresh job recomputes them", async () => {
    const { kit, sell, products: p, refresh, queue, cached } = await setUp();
    const ada = await kit.addUser('Ada');
    const orderId = sell(ada.id, [[p.k2.id, 1], [p.m2.id, 1]]);
    expect(await refresh.afterOrderEvent(orderId)).toBe('queued');
    expect(await cached(RECOMMENDATION_KEYS.bestSellers)).toBeNull(); // nothing computed on the event itself
    expect(await refresh.refreshDue()).toBe(4);
    expect(queue.waiting.size).toBe(0);
    expect(await cached(RECOMMENDATION_KEYS.bestSellers)).toEqual([p.k2.id, p.m2.id]);
    expect(await cached(RECOMMENDATION_KEYS.customer(ada.id))).toEqual([p.k1.id, p.m1.id, p.k3.id, p.c1.id]);
    expect((await cached(RECOMMENDATION_KEYS.alsoBought(p.k2.id)))[0]).toBe(p.m2.id);
    expect((await cached(RECOMMENDATION_KEYS.alsoBought(p.m2.id)))[0]).toBe(p.k2.id);

    // a cancellation of that order takes it out again (handlers run at least once: idempotent)
    kit.source.orders[0].status = 'cancelled';
    await refresh.afterOrderEvent(orderId);
    await refresh.afterOrderEvent(orderId);
    await refresh.refreshDue();
    expect(await cached(RECOMMENDATION_KEYS.bestSellers)).toEqual([]);
  });

  it('recomputes each list once however many orders asked for it', async () => {
    const { kit, sell, products: p, refresh, queue } = await setUp();
    const customers = await Promise.all(['Ada', 'Bob', 'Cy'].map((n) => kit.addUser(n)));
    for (let i = 0; i < 30; i += 1) await refresh.afterOrderEvent(sell(customers[i % 3].id, [[p.k1.id, 1]]));
    expect(queue.waiting.size).toBe(1 + 3 + 1); // best sellers, three customers, one product
    let reads = 0;
    const together = kit.source.boughtTogetherWith.bind(kit.source);
    kit.source.boughtTogetherWith = async (...args) => ((reads += 1), together(...args));
    expect(await refresh.refreshDue()).toBe(5);
    expect(reads).toBe(1);
  });

  it('keeps the queued lists when a recompute fails, for the next round', async () => {
    const { kit, sell, products: p, refresh, queue } = await setUp();
    const ada = await kit.addUser('Ada');
    await refresh.afterOrderEvent(sell(ada.id, [[p.k1.id, 1]]));
    const bestSellers = kit.source.bestSellers.bind(kit.source);
    kit.source.bestSellers = async () => {
      throw new Error('database went away');
    };
    await expect(refresh.refreshDue()).rejects.toThrow('database went away');
    expect(queue.waiting.size).toBe(3);
    kit.source.bestSellers = bestSellers;
    expect(await refresh.refreshDue()).toBe(3);
    expect(queue.waiting.size).toBe(0);
  });

  it('ignores an unknown order', async () => {
    const { refresh, queue } = await setUp();
    expect(await refresh.afterOrderEvent('nope')).toBe('unknown_order');
    expect(queue.waiting.size).toBe(0);
  });
});
