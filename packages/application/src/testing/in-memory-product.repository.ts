import { CatalogErrorCodes, DomainError, Product, type DomainEvent, type ProductSnapshot } from '@devgear/domain';
import type { ProductRepository } from '../ports/product-repository.port';

/**
 * Keeps snapshots, like a database keeps rows: what a caller gets back is a fresh aggregate,
 * never the instance it saved. Enforces the unique SKU and slug constraints and collects the
 * events of every save (the outbox).
 */
export class InMemoryProductRepository implements ProductRepository {
  private readonly rows = new Map<string, ProductSnapshot>();
  /** Events written by save(), oldest first. */
  readonly outbox: DomainEvent[] = [];

  constructor(products: Product[] = []) {
    for (const product of products) this.rows.set(product.id, product.toSnapshot());
  }

  async findById(id: string): Promise<Product | null> {
    const row = this.rows.get(id);
    return row ? Product.restore(row) : null;
  }

  async findBySlug(slug: string): Promise<Product | null> {
    const row = [...this.rows.values()].find((r) => r.slug === slug);
    return row ? Product.restore(row) : null;
  }

  async skuTaken(sku: string, exceptProductId?: string): Promise<string | null> {
    const wanted = sku.trim().toUpperCase();
    for (const row of this.rows.values()) {
      if (row.id === exceptProductId) continue;
      if (row.variants.some((v) => v.sku === wanted)) return row.id;
    }
    return null;
  }

  async slugTaken(slug: string, exceptProductId?: string): Promise<boolean> {
    return [...this.rows.values()].some((r) => r.slug === slug && r.id !== exceptProductId);
  }

  async save(product: Product): Promise<void> {
    const snapshot = product.toSnapshot();
    if (await this.slugTaken(snapshot.slug, snapshot.id)) {
      throw new DomainError(CatalogErrorCodes.DUPLICATE_SLUG, `Slug "${snapshot.slug}" is already taken`, 'conflict', {
        slug: ['is already taken by another product'],
      });
    }
    for (const [index, variant] of snapshot.variants.entries()) {
      if (await this.skuTaken(variant.sku, snapshot.id)) {
        throw new DomainError(CatalogErrorCodes.DUPLICATE_SKU, `SKU ${variant.sku} is already taken`, 'conflict', {
          [`variants.${index}.sku`]: ['is already used by another product'],
        });
      }
    }
    this.rows.set(snapshot.id, snapshot);
    this.outbox.push(...product.pullEvents());
  }

  /** Every stored product as plain data (for the in-memory read model and assertions). */
  snapshots(): ProductSnapshot[] {
    return [...this.rows.values()].map((row) => Product.restore(row).toSnapshot());
  }

  get size(): number {
    return this.rows.size;
  }
}
