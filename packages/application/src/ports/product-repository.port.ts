import type { Product } from '@devgear/domain';

/** Loads and stores the Product aggregate (the write side of the catalog). */
export interface ProductRepository {
  findById(id: string): Promise<Product | null>;
  findBySlug(slug: string): Promise<Product | null>;
  /** The id of the product owning this SKU (compared upper-case), ignoring `exceptProductId`; null when free. */
  skuTaken(sku: string, exceptProductId?: string): Promise<string | null>;
  /** Whether another product than `exceptProductId` already uses the slug. */
  slugTaken(slug: string, exceptProductId?: string): Promise<boolean>;
  /**
   * Inserts or updates the product and, in the same transaction, writes the events pulled from
   * it to the outbox. A unique-constraint race (SKU or slug taken meanwhile) must surface as a
   * DomainError of kind 'conflict' (CATALOG.DUPLICATE_SKU / CATALOG.DUPLICATE_SLUG), never as a 500.
   */
  save(product: Product): Promise<void>;
}
