import type { CartView } from '@devgear/application';
import type { CartDto, LineImageDto } from '@devgear/contracts';
import type { Money } from '@devgear/domain';

const money = (m: Money) => ({ amount: m.amount, currency: m.currency });

/** CartView (camelCase) -> the wire shape of GET /cart (snake_case), each line with its product's picture from `images`. */
export function presentCart(cart: CartView, images: ReadonlyMap<string, LineImageDto>): CartDto {
  return {
    id: cart.id,
    items: cart.items.map((i) => ({
      id: i.id,
      variant_id: i.variantId,
      product_id: i.productId,
      name: i.name,
      sku: i.sku,
      quantity: i.quantity,
      unit_price: money(i.unitPrice),
      line_total: money(i.lineTotal),
      image: images.get(i.productId) ?? null,
      unavailable: i.unavailable,
    })),
    item_count: cart.itemCount,
    subtotal: money(cart.subtotal),
    discount: cart.discount ? { code: cart.discount.code, amount: money(cart.discount.amount) } : null,
    discount_problem: cart.discountProblem ? { code: cart.discountProblem.code, message: cart.discountProblem.message } : null,
    shipping_total: money(cart.shippingTotal),
    tax_total: money(cart.taxTotal),
    total: money(cart.total),
    updated_at: cart.updatedAt.toISOString(),
  };
}
