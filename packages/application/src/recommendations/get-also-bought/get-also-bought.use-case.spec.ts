import { domainErrorOf } from '../../testing';
import { recommendationShop } from '../recommendations.fixture';
import { GetAlsoBoughtUseCase } from './get-also-bought.use-case';

const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('GetAlsoBoughtUseCase', () => {
  it('lists products sharing paid orders, most shared first, then the same category best rated', async () => {
    const { kit, lists, sell, products: p } = await recommendationShop(4);
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((n) => kit.addUser(n)));
    sell(a.id, [[p.k2.id, 1], [p.c1.id, 1], [p.m2.id, 1]]);
    sell(b.id, [[p.k2.id, 1], [p.m2.id, 2]]);
    sell(c.id, [[p.k2.id, 1], [p.m1.id, 1]], 'cancelled');
    const get = new GetAlsoBoughtUseCase(lists, kit.products);
    expect(names(await get.execute(p.k2.slug))).toEqual(['M2 Travel', 'C1 USB-C', 'K1 Tenkeyless', 'K3 Low Profile']);
  });

  it('falls back to the same category when nobody bought the product', async () => {
    const { kit, lists, products: p } = await recommendationShop(4);
    expect(names(await new GetAlsoBoughtUseCase(lists, kit.products).execute(p.m1.id))).toEqual(['M2 Travel']);
  });

  it('is 404 for a product the shop does not show', async () => {
    const { kit, lists } = await recommendationShop();
    expect((await domainErrorOf(new GetAlsoBoughtUseCase(lists, kit.products).execute('nope'))).kind).toBe('not_found');
  });
});
