import { CartErrorCodes, type Order } from '@devgear/domain';
import type { CartRepository } from '../ports/cart-repository.port';
import type { Clock } from '../ports/clock.port';
import type { ErrorReporter } from '../ports/error-reporter.port';
import { retryOnConflict } from '../shared/retry-on-conflict';

/**
 * Takes what a paid order bought out of its customer's cart (items added meanwhile stay). Called
 * only by the path that marked the order paid, so it happens once. A failure is reported, not
 * thrown: a paid order must not fail because the cart could not be tidied.
 */
export async function removePurchasedFromCart(
  deps: { carts: CartRepository; clock: Clock; errors: ErrorReporter },
  order: Order,
): Promise<void> {
  try {
    await retryOnConflict([CartErrorCodes.CONCURRENT_UPDATE], async () => {
      const cart = await deps.carts.findByCustomerId(order.customerId);
      if (!cart) return;
      cart.removePurchased(order.stockLines(), deps.clock.now());
      await deps.carts.save(cart);
    });
  } catch (error) {
    deps.errors.report(error, { operation: 'ordering.clear_cart', customerId: order.customerId, orderId: order.id });
  }
}
