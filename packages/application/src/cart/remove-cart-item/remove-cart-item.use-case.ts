import { changeCart, type CartDeps, type CartView } from '../cart.support';

export interface RemoveCartItemInput {
  customerId: string;
  itemId: string;
}

/** DELETE /cart/items/{item_id}: also how a flagged (no longer sold) line leaves the cart. */
export class RemoveCartItemUseCase {
  constructor(private readonly deps: CartDeps) {}

  execute(input: RemoveCartItemInput): Promise<CartView> {
    return changeCart(this.deps, input.customerId, [], (cart, _variants, now) => {
      cart.removeLine(input.itemId, now);
      return true;
    });
  }
}
