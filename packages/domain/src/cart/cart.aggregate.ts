import type { PricingLine } from '../pricing/pricing.service';
import { DomainError } from '../shared/domain-error';
import { Money, type MoneyJSON } from '../shared/money.value-object';
import { isWholeNumberBetween } from '../shared/validation-problems';
import { CartErrorCodes, CartLimits, cartLineNotFound, outOfStock } from './cart.errors';

/** Why a line cannot be bought any more: its product was archived, or its variant removed. */
export type CartLineUnavailability = 'archived' | 'removed';

/** A variant as the catalog sells it right now: what a cart line copies. */
export interface CartItemSource {
  variantId: string;
  productId: string;
  /** What the customer sees, e.g. 'Keychron K2 (Brown switches)'. */
  name: string;
  sku: string;
  unitPrice: Money;
}

/** The catalog's current word on a variant, for Cart.refresh. */
export type CartVariantState =
  | { status: 'available'; item: CartItemSource }
  | { status: 'archived' }
  | { status: 'removed' };

export interface CartLineSnapshot {
  id: string;
  variantId: string;
  productId: string;
  name: string;
  sku: string;
  quantity: number;
  unitPrice: MoneyJSON;
  unavailable: CartLineUnavailability | null;
  addedAt: Date;
}

export interface CartSnapshot {
  id: string;
  customerId: string;
  /** In the order they were added. */
  lines: CartLineSnapshot[];
  /** Upper-case; checked against the discount when the cart is priced and at checkout. */
  discountCode: string | null;
  /**
   * The stored version this cart was loaded at (0 for a cart never saved). The repository saves
   * only when the stored version still equals it, then stores version + 1.
   */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One line of a cart: a variant, a quantity, and the price the catalog asks for it now. */
export class CartLine {
  private constructor(
    readonly id: string,
    readonly variantId: string,
    readonly productId: string,
    readonly name: string,
    readonly sku: string,
    readonly quantity: number,
    readonly unitPrice: Money,
    readonly unavailable: CartLineUnavailability | null,
    private readonly addedAtTime: number,
  ) {
    Object.freeze(this);
  }

  static restore(s: CartLineSnapshot): CartLine {
    return new CartLine(s.id, s.variantId, s.productId, s.name, s.sku, s.quantity, Money.fromJSON(s.unitPrice), s.unavailable, s.addedAt.getTime());
  }

  static fresh(id: string, item: CartItemSource, quantity: number, addedAt: Date): CartLine {
    return new CartLine(id, item.variantId, item.productId, item.name, item.sku, quantity, item.unitPrice, null, addedAt.getTime());
  }

  get lineTotal(): Money {
    return this.unitPrice.multiply(this.quantity);
  }

  get isAvailable(): boolean {
    return this.unavailable === null;
  }

  get addedAt(): Date {
    return new Date(this.addedAtTime);
  }

  withQuantity(quantity: number): CartLine {
    return new CartLine(this.id, this.variantId, this.productId, this.name, this.sku, quantity, this.unitPrice, this.unavailable, this.addedAtTime);
  }

  /** The line with the catalog's current name, SKU and price, available again. */
  withSource(item: CartItemSource): CartLine {
    return new CartLine(this.id, this.variantId, item.productId, item.name, item.sku, this.quantity, item.unitPrice, null, this.addedAtTime);
  }

  withUnavailable(reason: CartLineUnavailability): CartLine {
    return new CartLine(this.id, this.variantId, this.productId, this.name, this.sku, this.quantity, this.unitPrice, reason, this.addedAtTime);
  }

  sameAs(other: CartLine): boolean {
    return (
      this.id === other.id &&
      this.productId === other.productId &&
      this.name === other.name &&
      this.sku === other.sku &&
      this.quantity === other.quantity &&
      this.unitPrice.equals(other.unitPrice) &&
      this.unavailable === other.unavailable
    );
  }

  toSnapshot(): CartLineSnapshot {
    return {
      id: this.id,
      variantId: this.variantId,
      productId: this.productId,
      name: this.name,
      sku: this.sku,
      quantity: this.quantity,
      unitPrice: this.unitPrice.toJSON(),
      unavailable: this.unavailable,
      addedAt: this.addedAt,
    };
  }
}

interface CartState {
  id: string;
  customerId: string;
  lines: CartLine[];
  discountCode: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A signed-in customer's cart (one per customer). Keeps its rules true: one line per variant,
 * quantities 1..99, never more than the stock available when a line is added or changed, at
 * most 50 lines. Lines whose product was archived or whose variant was removed stay in the cart,
 * flagged, so the customer sees what happened; they are not priced and block checkout.
 */
export class Cart {
  private constructor(private state: CartState) {}

  static create(props: { id: string; customerId: string }, now: Date): Cart {
    for (const key of ['id', 'customerId'] as const) {
      if (typeof props?.[key] !== 'string' || props[key].trim() === '') {
        throw new DomainError(CartErrorCodes.INVALID_ITEM, `A cart needs a non-empty ${key}`);
      }
    }
    const at = new Date(now.getTime());
    return new Cart({ id: props.id, customerId: props.customerId, lines: [], discountCode: null, version: 0, createdAt: at, updatedAt: at });
  }

  static restore(s: CartSnapshot): Cart {
    return new Cart({
      id: s.id,
      customerId: s.customerId,
      lines: s.lines.map((l) => CartLine.restore(l)),
      discountCode: s.discountCode,
      version: s.version,
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    });
  }

  /**
   * Adds `quantity` units of a variant; to its existing line when there is one (which also takes
   * the current name and price). `available` is the stock that can be bought now.
   * `lineId` names a new line (ignored when the variant already has one).
   */
  addItem(lineId: string, item: CartItemSource, quantity: number, available: number, now: Date): CartLine {
    assertQuantity(quantity);
    assertItem(item);
    assertAvailable(available);
    const existing = this.lineForVariant(item.variantId);
    const total = (existing?.quantity ?? 0) + quantity;
    if (total > CartLimits.QUANTITY_MAX) {
      throw new DomainError(
        CartErrorCodes.INVALID_QUANTITY,
        `The cart already holds ${existing?.quantity ?? 0} of ${item.sku}; adding ${quantity} would make ${total}, more than ${CartLimits.QUANTITY_MAX}`,
        'validation',
        { quantity: [`would make ${total} of this item; a cart holds at most ${CartLimits.QUANTITY_MAX} of an item`] },
      );
    }
    if (total > available) throw outOfStock([{ variantId: item.variantId, available }]);

    let line: CartLine;
    if (existing) {
      line = existing.withSource(item).withQuantity(total);
      this.replaceLine(line);
    } else {
      if (this.state.lines.length >= CartLimits.LINES_MAX) {
        throw new DomainError(
          CartErrorCodes.TOO_MANY_LINES,
          `A cart holds at most ${CartLimits.LINES_MAX} different items; remove one first`,
          'validation',
          { variant_id: [`cannot be added: the cart already holds ${CartLimits.LINES_MAX} different items`] },
        );
      }
      if (typeof lineId !== 'string' || lineId.trim() === '') throw new DomainError(CartErrorCodes.INVALID_ITEM, 'A new cart line needs an id');
      if (this.state.lines.some((l) => l.id === lineId)) throw new DomainError(CartErrorCodes.INVALID_ITEM, `Cart line ${lineId} already exists`);
      line = CartLine.fresh(lineId, item, total, now);
      this.state = { ...this.state, lines: [...this.state.lines, line] };
    }
    this.touch(now);
    return line;
  }

  /** Sets a line's quantity (1..99, at most `available`). Setting the current quantity changes nothing. */
  setQuantity(lineId: string, quantity: number, available: number, now: Date): CartLine {
    assertQuantity(quantity);
    assertAvailable(available);
    const line = this.findLine(lineId);
    if (line.quantity === quantity && line.isAvailable) return line;
    if (!line.isAvailable) {
      throw outOfStock([{ variantId: line.variantId, available: 0, problem: unavailableProblem(line.unavailable) }]);
    }
    if (quantity > available) throw outOfStock([{ variantId: line.variantId, available }]);
    const updated = line.withQuantity(quantity);
    this.replaceLine(updated);
    this.touch(now);
    return updated;
  }

  removeLine(lineId: string, now: Date): CartLine {
    const line = this.findLine(lineId);
    this.state = { ...this.state, lines: this.state.lines.filter((l) => l.id !== lineId) };
    this.touch(now);
    return line;
  }

  /** Remembers a code the caller has checked (Discount.evaluate). Returns whether it changed. */
  applyDiscountCode(code: string, now: Date): boolean {
    const normalized = typeof code === 'string' ? code.trim().toUpperCase() : '';
    if (normalized === '') {
      throw new DomainError(CartErrorCodes.INVALID_ITEM, 'A discount code must not be blank', 'validation', { code: ['must not be blank'] });
    }
    if (normalized === this.state.discountCode) return false;
    this.state = { ...this.state, discountCode: normalized };
    this.touch(now);
    return true;
  }

  removeDiscount(now: Date): boolean {
    if (this.state.discountCode === null) return false;
    this.state = { ...this.state, discountCode: null };
    this.touch(now);
    return true;
  }

  /**
   * Brings every line up to date with the catalog: current name, SKU and price for variants on
   * sale; a flag for variants whose product was archived ('archived') or that no longer exist
   * ('removed', also for variants missing from `states`). Returns whether anything changed.
   */
  refresh(states: ReadonlyMap<string, CartVariantState>, now: Date): boolean {
    let changed = false;
    const lines = this.state.lines.map((line) => {
      const state = states.get(line.variantId) ?? { status: 'removed' as const };
      const next = state.status === 'available' ? line.withSource(state.item) : line.withUnavailable(state.status);
      if (!next.sameAs(line)) changed = true;
      return next;
    });
    if (!changed) return false;
    this.state = { ...this.state, lines };
    this.touch(now);
    return true;
  }

  /**
   * After a paid checkout: takes the bought units out of the cart (lines added meanwhile, or
   * raised beyond what was bought, keep the rest) and forgets the discount code.
   */
  removePurchased(purchased: ReadonlyArray<{ variantId: string; quantity: number }>, now: Date): void {
    const bought = new Map<string, number>();
    for (const p of purchased) bought.set(p.variantId, (bought.get(p.variantId) ?? 0) + p.quantity);
    const lines: CartLine[] = [];
    for (const line of this.state.lines) {
      const left = line.quantity - (bought.get(line.variantId) ?? 0);
      if (left >= CartLimits.QUANTITY_MIN) lines.push(left === line.quantity ? line : line.withQuantity(left));
    }
    this.state = { ...this.state, lines, discountCode: null };
    this.touch(now);
  }

  get id(): string {
    return this.state.id;
  }
  get customerId(): string {
    return this.state.customerId;
  }
  /** Every line, flagged ones included, in the order they were added. */
  get lines(): readonly CartLine[] {
    return [...this.state.lines];
  }
  /** The lines that can be bought (and are priced). */
  get purchasableLines(): readonly CartLine[] {
    return this.state.lines.filter((l) => l.isAvailable);
  }
  get unavailableLines(): readonly CartLine[] {
    return this.state.lines.filter((l) => !l.isAvailable);
  }
  get isEmpty(): boolean {
    return this.state.lines.length === 0;
  }
  get discountCode(): string | null {
    return this.state.discountCode;
  }
  get version(): number {
    return this.state.version;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  line(lineId: string): CartLine | null {
    return this.state.lines.find((l) => l.id === lineId) ?? null;
  }

  lineForVariant(variantId: string): CartLine | null {
    return this.state.lines.find((l) => l.variantId === variantId) ?? null;
  }

  /** The purchasable lines as PricingService takes them. */
  pricingLines(): PricingLine[] {
    return this.purchasableLines.map((l) => ({ unitPrice: l.unitPrice, quantity: l.quantity }));
  }

  toSnapshot(): CartSnapshot {
    const s = this.state;
    return {
      id: s.id,
      customerId: s.customerId,
      lines: s.lines.map((l) => l.toSnapshot()),
      discountCode: s.discountCode,
      version: s.version,
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    };
  }

  private findLine(lineId: string): CartLine {
    const line = this.line(lineId);
    if (!line) throw cartLineNotFound(lineId);
    return line;
  }

  private replaceLine(line: CartLine): void {
    this.state = { ...this.state, lines: this.state.lines.map((l) => (l.id === line.id ? line : l)) };
  }

  private touch(now: Date): void {
    this.state = { ...this.state, updatedAt: new Date(now.getTime()) };
  }
}

/** The problem text a flagged line reports. */
export function unavailableProblem(reason: CartLineUnavailability | null): string {
  return reason === 'archived' ? 'is no longer sold' : 'no longer exists';
}

function assertQuantity(quantity: number): void {
  if (!isWholeNumberBetween(quantity, CartLimits.QUANTITY_MIN, CartLimits.QUANTITY_MAX)) {
    const problem = `must be a whole number from ${CartLimits.QUANTITY_MIN} to ${CartLimits.QUANTITY_MAX}`;
    throw new DomainError(CartErrorCodes.INVALID_QUANTITY, `Invalid quantity ${String(quantity)}: ${problem}`, 'validation', {
      quantity: [problem],
    });
  }
}

function assertAvailable(available: number): void {
  if (typeof available !== 'number' || !Number.isSafeInteger(available) || available < 0) {
    throw new DomainError(CartErrorCodes.INVALID_ITEM, `Available stock must be a whole number of 0 or more, got ${String(available)}`);
  }
}

function assertItem(item: CartItemSource): void {
  const missing = (['variantId', 'productId', 'name', 'sku'] as const).filter((k) => typeof item?.[k] !== 'string' || item[k].trim() === '');
  if (missing.length > 0) throw new DomainError(CartErrorCodes.INVALID_ITEM, `A cart item needs ${missing.join(', ')}`);
  if (!(item.unitPrice instanceof Money) || item.unitPrice.isNegative()) {
    throw new DomainError(CartErrorCodes.INVALID_ITEM, `Cart item ${item.sku} needs a unit price of zero or more`);
  }
}
