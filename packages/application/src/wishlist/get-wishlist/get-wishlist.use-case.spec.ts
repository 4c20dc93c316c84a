import { communityTestKit } from '../../testing';
import { GetWishlistUseCase } from './get-wishlist.use-case';
import { RemoveFromWishlistUseCase } from '../remove-from-wishlist/remove-from-wishlist.use-case';
import { AddToWishlistUseCase } from '../add-to-wishlist/add-to-wishlist.use-case';

async function setup() {
  const kit = communityTestKit();
  const ada = await kit.addUser('Ada');
  return {
    kit,
    ada,
    add: new AddToWishlistUseCase(kit),
    remove: new RemoveFromWishlistUseCase(kit),
    get: new GetWishlistUseCase({ wishlists: kit.wishlists, catalog: kit.catalog }),
  };
}

describe('GetWishlistUseCase', () => {
  it('keeps each customer her own list', async () => {
    const { kit, ada, add, get } = await setup();
    const bob = await kit.addUser('Bob');
    const keyboard = await kit.addProduct('Keyboard');
    await add.execute(ada.id, keyboard.id);
    expect((await get.execute(bob.id)).total).toBe(0);
  });

  it('pages the list', async () => {
    const { kit, ada, add, get } = await setup();
    for (const name of ['A', 'B', 'C']) {
      await add.execute(ada.id, (await kit.addProduct(name)).id);
      kit.clock.advance(1000);
    }
    const page = await get.execute(ada.id, { page: 2, perPage: 2 });
    expect([page.items.map((i) => i.product.name), page.total, page.page, page.perPage]).toEqual([['A'], 3, 2, 2]);
  });
});
