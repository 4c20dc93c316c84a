import { recommendationShop } from '../recommendations.fixture';
import { GetRecommendationsUseCase } from './get-recommendations.use-case';

const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('GetRecommendationsUseCase', () => {
  it('recommends unbought products of the most-bought categories, best rated first, then best sellers', async () => {
    const { kit, lists, sell, products: p } = await recommendationShop(4);
    const ada = await kit.addUser('Ada');
    const bob = await kit.addUser('Bob');
    sell(ada.id, [[p.k1.id, 2], [p.c1.id, 1]]);
    sell(bob.id, [[p.m2.id, 5]]);
    sell(bob.id, [[p.m1.id, 1]], 'cancelled'); // cancelled orders are not bought
    const recommendations = await new GetRecommendationsUseCase(lists).execute(ada.id);
    // keyboards and cables she has not bought (the sold-out K4 left out), best rated first; then the best seller M2.
    expect(names(recommendations)).toEqual(['K2 Split', 'K3 Low Profile', 'M2 Travel', 'M1 Ergonomic']);
    expect(recommendations[0]).toMatchObject({ slug: p.k2.slug, inStock: true, rating: { average: 4, count: 3 } });
  });

  it('gives a customer without history the best sellers of the last 30 days, then the best rated', async () => {
    const { kit, lists, sell, products: p } = await recommendationShop(4);
    const [newcomer, bob] = await Promise.all([kit.addUser('New'), kit.addUser('Bob')]);
    sell(bob.id, [[p.m2.id, 3], [p.k3.id, 1]]);
    sell(bob.id, [[p.k2.id, 9]], 'paid', 45); // too old to count
    sell(bob.id, [[p.k1.id, 9]], 'pending'); // not paid
    expect(names(await new GetRecommendationsUseCase(lists).execute(newcomer.id))).toEqual(['M2 Travel', 'K3 Low Profile', 'C1 USB-C', 'K1 Tenkeyless']);
  });

  it('serves the cached list until an order event refreshes it (not recomputed per request)', async () => {
    const { kit, lists, sell, products: p } = await recommendationShop(3);
    const ada = await kit.addUser('Ada');
    const get = new GetRecommendationsUseCase(lists);
    const before = names(await get.execute(ada.id));
    expect(before).toEqual(['C1 USB-C', 'K1 Tenkeyless', 'M1 Ergonomic']);
    sell(ada.id, [[p.m2.id, 1]]); // not yet known to the cache
    expect(names(await get.execute(ada.id))).toEqual(before);
    await lists.computeForCustomer(ada.id); // what the order event handler runs
    expect(names(await get.execute(ada.id))).toEqual(['M1 Ergonomic', 'C1 USB-C', 'K1 Tenkeyless']);
  });

  it('leaves out products archived or sold out since the list was computed, keeping the list full', async () => {
    const { kit, lists, products: p } = await recommendationShop(2);
    const ada = await kit.addUser('Ada');
    const get = new GetRecommendationsUseCase(lists);
    expect(names(await get.execute(ada.id))).toEqual(['C1 USB-C', 'K1 Tenkeyless']);
    const c1 = (await kit.productRepo.findById(p.c1.id))!;
    c1.archive(kit.clock.now());
    await kit.productRepo.save(c1);
    expect(names(await get.execute(ada.id))).toEqual(['K1 Tenkeyless', 'M1 Ergonomic']);
  });
});
