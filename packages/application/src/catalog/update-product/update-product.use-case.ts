import { CatalogErrorCodes, DomainError, type Product } from '@devgear/domain';
import type { CategoryRepository } from '../../ports/category-repository.port';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { ProductRepository } from '../../ports/product-repository.port';
import { rejectTakenSlugAndSkus, variantsOf, type VariantWireInput } from '../product-input';

export interface UpdateProductInput {
  productId: string;
  /** The version the admin edited; another version is 409 (someone saved meanwhile). */
  version: number;
  name?: string;
  slug?: string;
  description?: string;
  brand?: string;
  categoryId?: string;
  specifications?: { key: string; value: string; unit?: string | null }[];
  /** The whole variant list: existing ones by id (their stock is kept), new ones without. */
  variants?: VariantWireInput[];
}

export const productNotFound = (id: string) => new DomainError(CatalogErrorCodes.PRODUCT_NOT_FOUND, `Product ${id} not found`, 'not_found');

export const staleVersion = (current: number) =>
  new DomainError(
    CatalogErrorCodes.STALE_VERSION,
    `This product was changed by someone else meanwhile (it is now at version ${current}); reload it and apply your changes again`,
    'conflict',
    { version: [`is not the current version (${current})`] },
  );

/** PATCH /products/{id} (admin), with optimistic concurrency on `version`. */
export class UpdateProductUseCase {
  constructor(
    private readonly deps: { products: ProductRepository; categories: CategoryRepository; ids: IdGenerator; clock: Clock },
    private readonly options: { storeCurrency: string },
  ) {}

  async execute(input: UpdateProductInput): Promise<Product> {
    const product = await this.deps.products.findById(input.productId);
    if (!product || product.isArchived) throw productNotFound(input.productId);
    if (product.version !== input.version) throw staleVersion(product.version);
    const currentStock = new Map(product.variants.map((v) => [v.id, v.available]));
    product.update(
      {
        name: input.name,
        slug: input.slug,
        description: input.description,
        brand: input.brand,
        categoryId: input.categoryId,
        specifications: input.specifications,
        variants: input.variants ? variantsOf(input.variants, this.deps.ids, this.options.storeCurrency, currentStock) : undefined,
      },
      this.deps.clock.now(),
    );
    if (input.categoryId !== undefined && !(await this.deps.categories.list()).some((c) => c.id === product.categoryId)) {
      throw new DomainError(CatalogErrorCodes.CATEGORY_NOT_FOUND, `Category ${product.categoryId} does not exist`, 'validation', {
        category_id: ['does not match any category'],
      });
    }
    await rejectTakenSlugAndSkus(this.deps.products, product);
    await this.deps.products.save(product);
    return product;
  }
}
