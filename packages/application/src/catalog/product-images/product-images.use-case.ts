import { CatalogErrorCodes, CatalogLimits, DomainError, type Product } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { FileStorage } from '../../ports/file-storage.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { ProductRepository } from '../../ports/product-repository.port';
import { productNotFound } from '../update-product/update-product.use-case';
import { checkImageUpload } from './image-type';


export interface ProductImagesDeps {
  products: ProductRepository;
  storage: FileStorage;
  ids: IdGenerator;
  clock: Clock;
  errors: ErrorReporter;
}

/**
 * POST /products/{id}/images, DELETE /products/{id}/images/{image_id} and the image order (admin).
 * The type comes from the bytes (JPEG, PNG or WebP); the file is stored under a random key
 * before the product is saved, and removed again when the save fails, so no orphan is left
 * and no image points at a missing file.
 */
export class ProductImagesUseCase {
  constructor(private readonly deps: ProductImagesDeps) {}

  async add(input: { productId: string; bytes: Uint8Array; alt: string }): Promise<Product> {
    const checked = checkImageUpload(input.bytes, input.alt, CatalogLimits.IMAGE_ALT_MAX);
    if ('problems' in checked) throw new DomainError(CatalogErrorCodes.INVALID_IMAGE, 'Invalid image', 'validation', checked.problems);
    const { type, alt } = checked;

    const product = await this.require(input.productId);
    const id = this.deps.ids.next();
    const stored = await this.deps.storage.put(`products/${product.id}/${id}.${type.ext}`, input.bytes, type.mime);
    try {
      product.addImage({ id, url: stored.url, alt, storageKey: stored.key }, this.deps.clock.now());
      await this.deps.products.save(product);
    } catch (error) {
      await this.deps.storage.delete(stored.key).catch((e) => this.deps.errors.report(e, { operation: 'catalog.image.cleanup', key: stored.key }));
      throw error;
    }
    return product;
  }

  async remove(productId: string, imageId: string): Promise<Product> {
    const product = await this.require(productId);
    const removed = product.removeImage(imageId, this.deps.clock.now());
    await this.deps.products.save(product);
    // After the product no longer points at it; a failure leaves a harmless orphan, reported.
    await this.deps.storage.delete(removed.storageKey).catch((e) => this.deps.errors.report(e, { operation: 'catalog.image.delete', key: removed.storageKey }));
    return product;
  }

  async reorder(productId: string, imageIds: string[]): Promise<Product> {
    const product = await this.require(productId);
    product.reorderImages(imageIds, this.deps.clock.now());
    await this.deps.products.save(product);
    return product;
  }

  private async require(productId: string): Promise<Product> {
    const product = await this.deps.products.findById(productId);
    if (!product || product.isArchived) throw productNotFound(productId);
    return product;
  }
}
