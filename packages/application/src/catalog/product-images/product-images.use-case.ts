import { CatalogErrorCodes, CatalogLimits, DomainError, type Product } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { FileStorage } from '../../ports/file-storage.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { ProductRepository } from '../../ports/product-repository.port';
import { productNotFound } from '../update-product/update-product.use-case';
import { sniffImageType } from './image-type';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

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
    const alt = typeof input.alt === 'string' ? input.alt.trim() : '';
    const details: Record<string, string[]> = {};
    if (!alt) details.alt = ['is required: describe the image for people who cannot see it'];
    else if (alt.length > CatalogLimits.IMAGE_ALT_MAX) details.alt = [`must be at most ${CatalogLimits.IMAGE_ALT_MAX} characters`];
    const type = sniffImageType(input.bytes);
    if (input.bytes.length === 0) details.file = ['is required'];
    else if (!type) details.file = ['must be a JPEG, PNG or WebP image (judged by its content, not its name)'];
    if (input.bytes.length > MAX_IMAGE_BYTES) details.file = ['must be at most 10 MiB'];
    if (Object.keys(details).length) throw new DomainError(CatalogErrorCodes.INVALID_IMAGE, 'Invalid image', 'validation', details);

    const product = await this.require(input.productId);
    const id = this.deps.ids.next();
    const stored = await this.deps.storage.put(`products/${product.id}/${id}.${type!.ext}`, input.bytes, type!.mime);
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
