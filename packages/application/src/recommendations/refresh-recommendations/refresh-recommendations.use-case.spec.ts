import { RECOMMENDATION_KEYS } from '../recommendation-lists';
import { recommendationShop } from '../recommendations.fixture';
import { RefreshRecommendationsUseCase } from './refresh-recommendations.use-case';

describe('RefreshRecommendationsUseCase', () => {
  it("recomputes the best sellers, the customer's list and also-bought of the order's products", async () => {
    const { kit, lists, sell, products: p } = await recommendationShop(2);
    const ada = await kit.addUser('Ada');
    const orderId = sell(ada.id, [[p.k2.id, 1], [p.m2.id, 1]]);
    const refresh = new RefreshRecommendationsUseCase(lists, kit.source);
    expect(await refresh.afterOrderEvent(orderId)).toBe('refreshed');
    const cached = async (key: string) => JSON.parse((await kit.cache.get(key)) ?? 'null');
    expect(await cached(RECOMMENDATION_KEYS.bestSellers)).toEqual([p.k2.id, p.m2.id]);
    expect(await cached(RECOMMENDATION_KEYS.customer(ada.id))).toEqual([p.k1.id, p.m1.id, p.k3.id, p.c1.id]);
    expect((await cached(RECOMMENDATION_KEYS.alsoBought(p.k2.id)))[0]).toBe(p.m2.id);
    expect((await cached(RECOMMENDATION_KEYS.alsoBought(p.m2.id)))[0]).toBe(p.k2.id);

    // a cancellation of that order takes it out again (handlers run at least once: idempotent)
    kit.source.orders[0].status = 'cancelled';
    await refresh.afterOrderEvent(orderId);
    await refresh.afterOrderEvent(orderId);
    expect(await cached(RECOMMENDATION_KEYS.bestSellers)).toEqual([]);
  });

  it('ignores an unknown order', async () => {
    const { kit, lists } = await recommendationShop();
    expect(await new RefreshRecommendationsUseCase(lists, kit.source).afterOrderEvent('nope')).toBe('unknown_order');
    expect(kit.cache.entries.size).toBe(0);
  });
});
