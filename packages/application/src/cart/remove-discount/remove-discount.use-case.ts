import { changeCart, type CartDeps, type CartView } from '../cart.support';

/** DELETE /cart/discount: forgets the cart's code (no error when there is none). */
export class RemoveDiscountUseCase {
  constructor(private readonly deps: CartDeps) {}

  execute(customerId: string): Promise<CartView> {
    return changeCart(this.deps, customerId, [], (cart, _variants, now) => cart.removeDiscount(now));
  }
}
