import { CartErrorCodes, DomainError } from '@devgear/domain';
import { changeCart, itemSourceOf, variantNotFound, type CartDeps, type CartView } from '../cart.support';

export interface AddCartItemInput {
  customerId: string;
  variantId: string;
  /** 1..99; added to the line of the same variant when there is one. */
  quantity: number;
}

/** POST /cart/items: more than `available` (counting what the cart holds) is 409 OUT_OF_STOCK. */
export class AddCartItemUseCase {
  constructor(private readonly deps: CartDeps) {}

  async execute(input: AddCartItemInput): Promise<CartView> {
    if (typeof input.variantId !== 'string' || input.variantId.trim() === '') {
      throw new DomainError(CartErrorCodes.INVALID_ITEM, 'A variant id is required', 'validation', { variant_id: ['must be a variant id'] });
    }
    return changeCart(this.deps, input.customerId, [input.variantId], (cart, variants, now) => {
      const variant = variants.get(input.variantId);
      if (!variant || variant.productArchived) throw variantNotFound(input.variantId, Boolean(variant));
      cart.addItem(this.deps.ids.next(), itemSourceOf(variant), input.quantity, variant.available, now);
      return true;
    });
  }
}
