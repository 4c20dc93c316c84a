import { communityTestKit } from '../testing';
import { RecommendationLists } from './recommendation-lists';

/**
 * A small shop for the recommendation specs: keyboards (one sold out), mice and cables, with
 * ratings, and orders recorded through `sell`.
 */
export async function recommendationShop(perList = 3) {
  const kit = communityTestKit();
  const k1 = await kit.addProduct('K1 Tenkeyless');
  const k2 = await kit.addProduct('K2 Split');
  const k3 = await kit.addProduct('K3 Low Profile');
  const k4 = await kit.addProduct('K4 Sold Out', { available: 0 });
  const m1 = await kit.addProduct('M1 Ergonomic', { category: 'mice' });
  const m2 = await kit.addProduct('M2 Travel', { category: 'mice' });
  const c1 = await kit.addProduct('C1 USB-C', { category: 'cables' });
  const rate = (id: string, average: number, count: number) => kit.ratings.set(id, { average, count });
  rate(k1.id, 4.8, 10);
  rate(k2.id, 4.0, 3);
  rate(k4.id, 5, 1);
  rate(m1.id, 4.5, 8);
  rate(m2.id, 3.1, 2);
  rate(c1.id, 4.9, 40);
  let orders = 0;
  const sell = (customerId: string, lines: [string, number][], status: 'paid' | 'cancelled' | 'pending' | 'delivered' = 'paid', daysAgo = 1) => {
    orders += 1;
    const id = `order-${orders}`;
    kit.source.orders.push({ id, customerId, status, placedAt: new Date(kit.clock.now().getTime() - daysAgo * 86_400_000), lines: lines.map(([productId, quantity]) => ({ productId, quantity })) });
    return id;
  };
  const lists = new RecommendationLists(kit, { perList, ttlSeconds: 3600 });
  return { kit, lists, sell, products: { k1, k2, k3, k4, m1, m2, c1 } };
}
