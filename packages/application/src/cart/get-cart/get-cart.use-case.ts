import { changeCart, type CartDeps, type CartView } from '../cart.support';

/**
 * GET /cart: the caller's cart, repriced from the catalog, lines of archived products or removed
 * variants flagged, the discount code evaluated afresh. A first visit creates the (empty) cart.
 */
export class GetCartUseCase {
  constructor(private readonly deps: CartDeps) {}

  execute(customerId: string): Promise<CartView> {
    return changeCart(this.deps, customerId, [], () => false);
  }
}
