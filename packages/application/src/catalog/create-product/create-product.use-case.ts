import {
  CatalogErrorCodes,
  DomainError,
  Money,
  Product,
  SLUG_MAX_LENGTH,
  Slug,
  ValidationProblems,
  type VariantInput,
} from '@devgear/domain';
import type { CategoryRepository } from '../../ports/category-repository.port';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { ProductRepository } from '../../ports/product-repository.port';

export interface CreateProductInput {
  name: string;
  /** Derived from the name when absent; a derived slug that is taken gets a '-2', '-3', ... suffix. */
  slug?: string | null;
  description: string;
  brand: string;
  categoryId: string;
  specifications?: { key: string; value: string; unit?: string | null }[];
  variants: {
    sku: string;
    name: string;
    options?: Record<string, string>;
    price: { amount: number; currency: string };
    available: number;
  }[];
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
    const variants = this.variantsOf(input);
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

    await this.rejectTakenSlugAndSkus(product);
    await this.products.save(product);
    return product;
  }

  /** Turns the wire money into Money, in the store currency; problems name each variant. */
  private variantsOf(input: CreateProductInput): VariantInput[] {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_PRICE);
    if (!Array.isArray(input.variants)) return input.variants as unknown as VariantInput[];
    const variants = input.variants.map((variant, index): VariantInput => {
      const field = `variants.${index}.price`;
      const price = problems.capture(field, () => Money.of(variant?.price?.amount, variant?.price?.currency));
      if (price && price.currency !== this.options.storeCurrency) {
        problems.add(field, `must be in ${this.options.storeCurrency}, the store currency`);
      }
      return {
        id: this.ids.next(),
        sku: variant?.sku,
        name: variant?.name,
        options: variant?.options ?? {},
        price: price as Money,
        available: variant?.available,
      };
    });
    problems.throwIfAny('Invalid product');
    return variants;
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

  private async rejectTakenSlugAndSkus(product: Product): Promise<void> {
    const details: Record<string, string[]> = {};
    let code: string | undefined;
    if (await this.products.slugTaken(product.slug)) {
      details.slug = ['is already taken by another product'];
      code = CatalogErrorCodes.DUPLICATE_SLUG;
    }
    for (const [index, variant] of product.variants.entries()) {
      if (await this.products.skuTaken(variant.sku.value)) {
        details[`variants.${index}.sku`] = [`${variant.sku.value} is already used by another product`];
        code ??= CatalogErrorCodes.DUPLICATE_SKU;
      }
    }
    if (code) {
      const fields = Object.keys(details).join(', ');
      throw new DomainError(code, `Product conflicts with an existing product: ${fields}`, 'conflict', details);
    }
  }
}
