import { CartErrorCodes, CartLimits, DomainError } from '@devgear/domain';
import type { GuestCartStore } from '../../ports/guest-cart-store.port';
import type { UnitOfWork } from '../../ports/unit-of-work.port';
import { changeCart, itemSourceOf, type CartDeps, type CartView } from '../cart.support';

export interface MergeGuestCartDeps extends CartDeps {
  guests: GuestCartStore;
  uow: UnitOfWork;
}

/**
 * A request with both a customer's bearer token and a guest's cart token (signing in or up with
 * a guest cart): the guest's lines go into the customer's cart, quantities added and capped at
 * 99 and at what can be bought now; the guest's discount code is kept when the customer's cart
 * has none; then the guest token and its cart are deleted. One transaction: a failure leaves
 * both carts as they were.
 */
export class MergeGuestCartUseCase {
  constructor(private readonly deps: MergeGuestCartDeps) {}

  async execute(input: { guestId: string; customerId: string }): Promise<CartView> {
    return this.deps.uow.run(async () => {
      const guest = await this.deps.carts.findByCustomerId(input.guestId);
      const guestLines = guest?.purchasableLines ?? [];
      const view = await changeCart(this.deps, input.customerId, guestLines.map((l) => l.variantId), (cart, variants, now) => {
        let changed = false;
        for (const line of guestLines) {
          const variant = variants.get(line.variantId);
          if (!variant || variant.productArchived) continue;
          const held = cart.lineForVariant(line.variantId)?.quantity ?? 0;
          const add = Math.min(line.quantity, Math.min(CartLimits.QUANTITY_MAX, variant.available) - held);
          if (add <= 0) continue;
          try {
            cart.addItem(this.deps.ids.next(), itemSourceOf(variant), add, variant.available, now);
            changed = true;
          } catch (err) {
            // A full cart keeps what it has; the rest of the guest's lines are dropped.
            if (err instanceof DomainError && err.code === CartErrorCodes.TOO_MANY_LINES) break;
            throw err;
          }
        }
        if (!cart.discountCode && guest?.discountCode) changed = cart.applyDiscountCode(guest.discountCode, now) || changed;
        return changed;
      });
      await this.deps.guests.delete(input.guestId);
      return view;
    });
  }
}
