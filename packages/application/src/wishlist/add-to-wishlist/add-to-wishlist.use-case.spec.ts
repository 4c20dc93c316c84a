import { WishlistLimits } from '@devgear/domain';
import { communityTestKit, domainErrorOf } from '../../testing';
import { GetWishlistUseCase } from '../get-wishlist/get-wishlist.use-case';
import { RemoveFromWishlistUseCase } from '../remove-from-wishlist/remove-from-wishlist.use-case';
import { AddToWishlistUseCase } from './add-to-wishlist.use-case';

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

describe('AddToWishlistUseCase', () => {
  it('adds once (again changes nothing), lists newest first with the listing summary, removes idempotently', async () => {
    const { kit, ada, add, remove, get } = await setup();
    const keyboard = await kit.addProduct('Keyboard');
    const mouse = await kit.addProduct('Mouse', { category: 'mice' });
    expect(await add.execute(ada.id, keyboard.id)).toEqual({ productId: keyboard.id, added: true });
    kit.clock.advance(1000);
    expect(await add.execute(ada.id, mouse.slug)).toEqual({ productId: mouse.id, added: true });
    expect(await add.execute(ada.id, keyboard.id)).toEqual({ productId: keyboard.id, added: false });

    const list = await get.execute(ada.id);
    expect(list.total).toBe(2);
    expect(list.items.map((i) => [i.product.name, i.addedAt.toISOString()])).toEqual([
      ['Mouse', '2026-03-01T09:00:01.000Z'],
      ['Keyboard', '2026-03-01T09:00:00.000Z'],
    ]);
    expect(list.items[0].product).toMatchObject({ slug: mouse.slug, inStock: true, rating: { average: 0, count: 0 } });

    expect(await remove.execute(ada.id, keyboard.id)).toEqual({ removed: true });
    expect(await remove.execute(ada.id, keyboard.id)).toEqual({ removed: false });
    expect((await get.execute(ada.id)).items.map((i) => i.product.name)).toEqual(['Mouse']);
  });

  it('is 404 for unknown and archived products; archived ones leave the list', async () => {
    const { kit, ada, add, get } = await setup();
    const gone = await kit.addProduct('Gone', { archived: true });
    expect((await domainErrorOf(add.execute(ada.id, gone.id))).kind).toBe('not_found');
    expect((await domainErrorOf(add.execute(ada.id, '00000000-0000-4000-8000-00000000ffff'))).kind).toBe('not_found');

    const later = await kit.addProduct('Later archived');
    await add.execute(ada.id, later.id);
    later.archive(kit.clock.now());
    await kit.productRepo.save(later);
    expect(await get.execute(ada.id)).toMatchObject({ items: [], total: 0 });
  });

  it('refuses a new product on a full list with 409, but not one already on it', async () => {
    const { kit, ada, add } = await setup();
    const product = await kit.addProduct('One more');
    for (let i = 0; i < WishlistLimits.ITEMS_MAX; i += 1) kit.wishlists.rows.push({ customerId: ada.id, productId: `p-${i}`, addedAt: kit.clock.now() });
    expect((await domainErrorOf(add.execute(ada.id, product.id))).code).toBe('WISHLIST.FULL');
    kit.wishlists.rows[0].productId = product.id;
    expect(await add.execute(ada.id, product.id)).toEqual({ productId: product.id, added: false });
  });
});
