import { communityTestKit } from '../../testing';
import { RemoveFromWishlistUseCase } from './remove-from-wishlist.use-case';

describe('RemoveFromWishlistUseCase', () => {
  it('removes the product from this customer only, and removing again is no error', async () => {
    const kit = communityTestKit();
    const [ada, bob] = await Promise.all([kit.addUser('Ada'), kit.addUser('Bob')]);
    const keyboard = await kit.addProduct('Keyboard');
    for (const who of [ada, bob]) await kit.wishlists.add(who.id, keyboard.id, kit.clock.now(), () => undefined);
    const remove = new RemoveFromWishlistUseCase(kit);
    expect(await remove.execute(ada.id, keyboard.id)).toEqual({ removed: true });
    expect(await remove.execute(ada.id, keyboard.id)).toEqual({ removed: false });
    expect(kit.wishlists.rows.map((r) => r.customerId)).toEqual([bob.id]);
  });
});
