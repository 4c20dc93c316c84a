import { CartErrorCodes, DomainError } from '@devgear/domain';
import { evaluateDiscountCode } from '../../discount/evaluate-discount';
import { changeCart, type CartDeps, type CartView } from '../cart.support';

export interface ApplyDiscountCodeInput {
  customerId: string;
  /** Any case. */
  code: string;
}

/**
 * POST /cart/discount: checks the code against the cart as it is now and remembers it, or fails
 * with 422 INVALID_DISCOUNT saying why (unknown, expired, not yet valid, used up, already used by
 * this customer, below the minimum subtotal) and leaves the cart as it was.
 */
export class ApplyDiscountCodeUseCase {
  constructor(private readonly deps: CartDeps) {}

  async execute(input: ApplyDiscountCodeInput): Promise<CartView> {
    if (typeof input.code !== 'string' || input.code.trim() === '') {
      throw new DomainError(CartErrorCodes.INVALID_ITEM, 'A discount code is required', 'validation', { code: ['must not be blank'] });
    }
    return changeCart(this.deps, input.customerId, [], async (cart, _variants, now) => {
      const subtotal = this.deps.pricing.subtotal(cart.pricingLines());
      const { discount } = await evaluateDiscountCode(this.deps.discounts, input.code, cart.customerId, subtotal, now);
      return cart.applyDiscountCode(discount.code, now);
    });
  }
}
