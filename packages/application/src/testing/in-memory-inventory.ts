import { Money, outOfStock, type Product, type StockShortage } from '@devgear/domain';
import type { StockLine, StockReservations } from '../ports/stock-reservations.port';
import type { PurchasableVariant, VariantCatalog } from '../ports/variant-catalog.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

interface Reservation {
  orderId: string;
  variantId: string;
  quantity: number;
  released: boolean;
}

/**
 * The catalog's variants with their stock, as carts and checkout see them: one source of truth
 * for prices, availability and archived/removed products, and the reservations that hold units for
 * orders. reserveForOrder() checks every line and takes the units in one synchronous step, so it is
 * all-or-nothing and atomic under any concurrency; releaseForOrder() gives back what the order
 * still holds, once.
 */
export class InMemoryInventory implements VariantCatalog, StockReservations, TransactionalState {
  private readonly variants = new Map<string, PurchasableVariant>();
  private reservations: Reservation[] = [];
  /** reserveForOrder() calls, including refused ones. */
  reserveCalls = 0;
  releaseCalls = 0;

  constructor(products: Product[] = []) {
    for (const product of products) this.addProduct(product);
  }

  addProduct(product: Product): void {
    for (const variant of product.variants) {
      this.variants.set(variant.id, {
        variantId: variant.id,
        productId: product.id,
        productName: product.name,
        variantName: variant.name,
        sku: variant.sku.value,
        price: variant.price,
        available: variant.available,
        productArchived: product.isArchived,
      });
    }
  }

  async findVariants(variantIds: readonly string[]): Promise<PurchasableVariant[]> {
    await nextTick();
    return variantIds.flatMap((id) => {
      const variant = this.variants.get(id);
      return variant ? [{ ...variant }] : [];
    });
  }

  async reserveForOrder(orderId: string, lines: readonly StockLine[]): Promise<void> {
    assertLines(lines);
    this.reserveCalls += 1;
    await nextTick();
    const wanted = totalsByVariant(lines);
    const shortages: StockShortage[] = [];
    for (const [variantId, quantity] of wanted) {
      const available = this.variants.get(variantId)?.available ?? 0;
      if (available < quantity) shortages.push({ variantId, available });
    }
    if (shortages.length > 0) throw outOfStock(shortages);
    for (const [variantId, quantity] of wanted) {
      (this.variants.get(variantId) as PurchasableVariant).available -= quantity;
      this.reservations.push({ orderId, variantId, quantity, released: false });
    }
  }

  async releaseForOrder(orderId: string): Promise<StockLine[]> {
    this.releaseCalls += 1;
    await nextTick();
    const released: StockLine[] = [];
    for (const reservation of this.reservations) {
      if (reservation.orderId !== orderId || reservation.released) continue;
      reservation.released = true;
      // Units of a variant that no longer exists have nowhere to go back to.
      const variant = this.variants.get(reservation.variantId);
      if (variant) variant.available += reservation.quantity;
      released.push({ variantId: reservation.variantId, quantity: reservation.quantity });
    }
    return released;
  }

  /** Units the order's reservations still hold, by variant. */
  heldBy(orderId: string): Record<string, number> {
    const held: Record<string, number> = {};
    for (const r of this.reservations) if (r.orderId === orderId && !r.released) held[r.variantId] = (held[r.variantId] ?? 0) + r.quantity;
    return held;
  }

  snapshotState(): unknown {
    return { available: [...this.variants].map(([id, v]) => [id, v.available] as const), reservations: structuredClone(this.reservations) };
  }

  restoreState(state: unknown): void {
    const saved = state as { available: Array<readonly [string, number]>; reservations: Reservation[] };
    for (const [id, available] of saved.available) {
      const variant = this.variants.get(id);
      if (variant) variant.available = available;
    }
    this.reservations = structuredClone(saved.reservations);
  }

  /** Units of a variant that can be bought now (0 for an unknown one). */
  available(variantId: string): number {
    return this.variants.get(variantId)?.available ?? 0;
  }

  setAvailable(variantId: string, available: number): void {
    this.variant(variantId).available = available;
  }

  setPrice(variantId: string, amount: number): void {
    const variant = this.variant(variantId);
    variant.price = Money.of(amount, variant.price.currency);
  }

  archiveProduct(productId: string): void {
    for (const variant of this.variants.values()) if (variant.productId === productId) variant.productArchived = true;
  }

  removeVariant(variantId: string): void {
    this.variant(variantId);
    this.variants.delete(variantId);
  }

  private variant(variantId: string): PurchasableVariant {
    const variant = this.variants.get(variantId);
    if (!variant) throw new Error(`No variant ${variantId} in the inventory`);
    return variant;
  }
}

function totalsByVariant(lines: readonly StockLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.variantId, (totals.get(line.variantId) ?? 0) + line.quantity);
  return totals;
}

function assertLines(lines: readonly StockLine[]): void {
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new Error(`Stock lines need a whole quantity of at least 1, got ${String(line.quantity)} for ${line.variantId}`);
    }
  }
}
