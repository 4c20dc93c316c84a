import {
  Cart,
  CartErrorCodes,
  DomainError,
  type CartItemSource,
  type CartLineUnavailability,
  type CartVariantState,
  type Money,
  type PricingService,
} from '@devgear/domain';
import type { CartRepository } from '../ports/cart-repository.port';
import type { Clock } from '../ports/clock.port';
import type { DiscountRepository } from '../ports/discount-repository.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { PurchasableVariant, VariantCatalog } from '../ports/variant-catalog.port';
import { evaluateDiscountCode } from '../discount/evaluate-discount';
import { retryOnConflict } from '../shared/retry-on-conflict';

/** Every port the cart use cases need. */
export interface CartDeps {
  carts: CartRepository;
  catalog: VariantCatalog;
  discounts: DiscountRepository;
  /** Built once from the store's pricing settings. */
  pricing: PricingService;
  ids: IdGenerator;
  clock: Clock;
}

export interface CartItemView {
  id: string;
  variantId: string;
  productId: string;
  name: string;
  sku: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  /** Set when the line can no longer be bought; it is then not priced and blocks checkout. */
  unavailable: CartLineUnavailability | null;
}

/**
 * GET /cart. Invariant: total = subtotal - discount.amount + shippingTotal + taxTotal.
 * Only purchasable lines are priced; itemCount counts their units.
 */
export interface CartView {
  id: string;
  customerId: string;
  items: CartItemView[];
  itemCount: number;
  subtotal: Money;
  /** The cart's code and what it takes off now; null without a code or when the code does not apply now. */
  discount: { code: string; amount: Money } | null;
  /** Why the cart's code does not apply now (expired, below the minimum, ...); it stays in the cart. */
  discountProblem: { code: string; message: string } | null;
  shippingTotal: Money;
  taxTotal: Money;
  total: Money;
  updatedAt: Date;
}

/** How a variant is named on a cart line and an order: 'Keychron K2 (Brown switches)'. */
export function cartItemName(variant: PurchasableVariant): string {
  const product = variant.productName.trim();
  const name = variant.variantName.trim();
  return name === '' || name.toLowerCase() === product.toLowerCase() ? product : `${product} (${name})`;
}

export function itemSourceOf(variant: PurchasableVariant): CartItemSource {
  return { variantId: variant.variantId, productId: variant.productId, name: cartItemName(variant), sku: variant.sku, unitPrice: variant.price };
}

/** The catalog's current word on each variant: on sale, archived, or (missing) removed. */
export function variantStates(variants: readonly PurchasableVariant[]): Map<string, CartVariantState> {
  const states = new Map<string, CartVariantState>();
  for (const v of variants) states.set(v.variantId, v.productArchived ? { status: 'archived' } : { status: 'available', item: itemSourceOf(v) });
  return states;
}

/**
 * The skeleton of every cart request: load the customer's cart (a new one for a first visit),
 * bring it up to date with the catalog, apply `change`, save when anything changed (a new cart is
 * saved so its id stays), and answer with the priced view. A lost race with a concurrent request
 * on the same cart loads again and replays the change on the winner's state.
 * `change` gets the catalog data of the cart's variants plus `extraVariantIds`; it returns
 * whether it changed the cart.
 */
export async function changeCart(
  deps: CartDeps,
  customerId: string,
  extraVariantIds: readonly string[],
  change: (cart: Cart, variants: ReadonlyMap<string, PurchasableVariant>, now: Date) => boolean | Promise<boolean>,
): Promise<CartView> {
  if (typeof customerId !== 'string' || customerId.trim() === '') {
    throw new DomainError(CartErrorCodes.INVALID_ITEM, 'A cart belongs to a signed-in customer', 'unauthenticated');
  }
  return retryOnConflict([CartErrorCodes.CONCURRENT_UPDATE], async () => {
    const now = deps.clock.now();
    const cart = (await deps.carts.findByCustomerId(customerId)) ?? Cart.create({ id: deps.ids.next(), customerId }, now);
    const ids = [...new Set([...cart.lines.map((l) => l.variantId), ...extraVariantIds])];
    const found = ids.length > 0 ? await deps.catalog.findVariants(ids) : [];
    const variants = new Map(found.map((v) => [v.variantId, v]));
    const refreshed = cart.refresh(variantStates(found), now);
    const changed = await change(cart, variants, now);
    if (cart.version === 0 || refreshed || changed) await deps.carts.save(cart);
    return priceCart(deps, cart, now);
  });
}

/** The priced view of a cart as it is now (the discount code evaluated afresh). */
export async function priceCart(deps: Pick<CartDeps, 'discounts' | 'pricing'>, cart: Cart, now: Date): Promise<CartView> {
  const lines = cart.pricingLines();
  const subtotal = deps.pricing.subtotal(lines);
  let discount: { code: string; amount: Money } | null = null;
  let discountProblem: { code: string; message: string } | null = null;
  if (cart.discountCode) {
    try {
      const evaluated = await evaluateDiscountCode(deps.discounts, cart.discountCode, cart.customerId, subtotal, now);
      discount = { code: evaluated.discount.code, amount: evaluated.amount };
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid_discount') throw error;
      discountProblem = { code: cart.discountCode, message: error.message };
    }
  }
  const quote = deps.pricing.quote(lines, discount);
  return {
    id: cart.id,
    customerId: cart.customerId,
    items: cart.lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      productId: l.productId,
      name: l.name,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
      unavailable: l.unavailable,
    })),
    itemCount: cart.purchasableLines.reduce((sum, l) => sum + l.quantity, 0),
    subtotal: quote.subtotal,
    discount: discount ? { code: discount.code, amount: quote.discount } : null,
    discountProblem,
    shippingTotal: quote.shipping,
    taxTotal: quote.tax,
    total: quote.total,
    updatedAt: cart.updatedAt,
  };
}

/** 404 for a variant that does not exist or is no longer sold. */
export function variantNotFound(variantId: string, archived: boolean): DomainError {
  const problem = archived ? 'is no longer sold' : 'does not match any product variant';
  return new DomainError(CartErrorCodes.VARIANT_NOT_FOUND, `Variant ${String(variantId)} ${problem}`, 'not_found', { variant_id: [problem] });
}
