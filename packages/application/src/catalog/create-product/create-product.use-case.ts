import { CatalogErrorCodes, DomainError, Product, SLUG_MAX_LENGTH, Slug } from '@devgear/domain';
import type { CategoryRepository } from '../../ports/category-repository.port';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { ProductRepository } from '../../ports/product-repository.port';
import { rejectTakenSlugAndSkus, variantsOf, type VariantWireInput } from '../product-input';

export interface CreateProductInput {
  name: string;
  /** Derived from the name when absent; a derived slug that is taken gets a '-2', '-3', ... suffix. */
  slug?: string | null;
  description: string;
  brand: string;
  categoryId: string;
  specifications?: { key: string; value: string; unit?: string | null }[];
  variants: VariantWireInput[];
}

export interface CreateProductOptions {
  /** STORE_CURRENCY: every price must be in it. */
  storeCurrency: string;
}

/** How many suffixed variants of a derived slug to try before giving up. */
const MAX_SLUG_ATTEMPTS = 50;

/** POST /products (admin). */
export class CreateProductUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly categories: CategoryRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly options: CreateProductOptions,
  ) {}

  async execute(input: CreateProductInput): Promise<Product> {
    const id = this.ids.next();
    const variants = variantsOf(input.variants, this.ids, this.options.storeCurrency);
    const explicitSlug = typeof input.slug === 'string' && input.slug.trim() !== '' ? input.slug.trim() : undefined;
    const slug = explicitSlug ?? (await this.freeDerivedSlug(input.name));

    const product = Product.create(
      {
        id,
        name: input.name,
        slug,
        description: input.description,
        brand: input.brand,
        categoryId: input.categoryId,
        specifications: input.specifications ?? [],
        variants,
      },
      this.clock.now(),
    );

    const categories = await this.categories.list();
    if (!categories.some((c) => c.id === product.categoryId)) {
      throw new DomainError(CatalogErrorCodes.CATEGORY_NOT_FOUND, `Category ${product.categoryId} does not exist`, 'validation', {
        category_id: ['does not match any category'],
      });
    }

    await rejectTakenSlugAndSkus(this.products, product);
    await this.products.save(product);
    return product;
  }

  /** The slug derived from the name, suffixed until free; undefined lets Product.create report a bad name. */
  private async freeDerivedSlug(name: string): Promise<string | undefined> {
    let base: string;
    try {
      base = Slug.fromText(name).value;
    } catch (error) {
      if (error instanceof DomainError) return undefined;
      throw error;
    }
    for (let attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`;
      const candidate = base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
      if (!(await this.products.slugTaken(candidate))) return candidate;
    }
    // Everything tried is taken: report the plain slug as the conflict.
    return base;
  }
}
