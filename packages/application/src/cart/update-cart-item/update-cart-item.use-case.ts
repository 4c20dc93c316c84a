import { cartLineNotFound } from '@devgear/domain';
import { changeCart, type CartDeps, type CartView } from '../cart.support';

export interface UpdateCartItemInput {
  customerId: string;
  itemId: string;
  /** 1..99, at most what is available. */
  quantity: number;
}

/** PATCH /cart/items/{item_id}. Another customer's item id is 404 like one that never existed. */
export class UpdateCartItemUseCase {
  constructor(private readonly deps: CartDeps) {}

  execute(input: UpdateCartItemInput): Promise<CartView> {
    return changeCart(this.deps, input.customerId, [], (cart, variants, now) => {
      const line = cart.line(input.itemId);
      if (!line) throw cartLineNotFound(input.itemId);
      const before = line.quantity;
      const updated = cart.setQuantity(input.itemId, input.quantity, variants.get(line.variantId)?.available ?? 0, now);
      return updated.quantity !== before;
    });
  }
}
