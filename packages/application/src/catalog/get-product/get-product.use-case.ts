import { CatalogErrorCodes, DomainError } from '@devgear/domain';
import type { CatalogReadModel, ProductDetailView } from '../../ports/catalog-read-model.port';

/** GET /products/{id-or-slug}: a visible product, or not_found (archived products included). */
export class GetProductUseCase {
  constructor(private readonly catalog: CatalogReadModel) {}

  async execute(idOrSlug: string): Promise<ProductDetailView> {
    const key = typeof idOrSlug === 'string' ? idOrSlug.trim() : '';
    const product = key ? await this.catalog.getProduct(key) : null;
    if (!product) throw new DomainError(CatalogErrorCodes.PRODUCT_NOT_FOUND, 'Product not found', 'not_found');
    return product;
  }
}
