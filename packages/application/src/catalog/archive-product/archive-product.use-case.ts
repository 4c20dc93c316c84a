import type { Product } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { ProductRepository } from '../../ports/product-repository.port';
import { productNotFound } from '../update-product/update-product.use-case';

/** DELETE /products/{id} (admin): hidden from the catalog and carts, kept for orders. Twice is 404. */
export class ArchiveProductUseCase {
  constructor(private readonly deps: { products: ProductRepository; clock: Clock }) {}

  async execute(productId: string): Promise<Product> {
    const product = await this.deps.products.findById(productId);
    if (!product || product.isArchived) throw productNotFound(productId);
    product.archive(this.deps.clock.now());
    await this.deps.products.save(product);
    return product;
  }
}
