import type { ValidationProblems } from '../shared/validation-problems';
import { characterLength, requiredText } from '../shared/validation-problems';
import { Slug } from '../shared/slug.value-object';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';
import { ProductImage, type ProductImageInput } from './product-image.value-object';
import { Specification, type SpecificationInput } from './specification.value-object';
import { Variant, type VariantInput } from './variant.entity';

/**
 * A product's editable content, parsed from input with every problem reported at once: the
 * name, slug, description, brand, category, spec sheet and variants (at least one, one currency,
 * unique ids, SKUs and option sets), and the images. The Product aggregate builds on it.
 */
export interface ProductContent {
  name: string;
  slug: Slug;
  description: string;
  brand: string;
  categoryId: string;
  specifications: Specification[];
  variants: Variant[];
}

/** Wire names of the content fields, as reported in 'product.updated'. */
export const CONTENT_FIELDS: ReadonlyArray<[keyof ProductContent, string]> = [
  ['name', 'name'],
  ['slug', 'slug'],
  ['description', 'description'],
  ['brand', 'brand'],
  ['categoryId', 'category_id'],
  ['specifications', 'specifications'],
  ['variants', 'variants'],
];

export interface ContentInput {
  name: unknown;
  /** undefined: derive from the name. */
  slug: string | undefined;
  description: unknown;
  brand: unknown;
  categoryId: unknown;
  specifications: unknown;
  variants: unknown;
}

export function parseContent(input: ContentInput, problems: ValidationProblems): ProductContent | undefined {
  const start = problems.count;
  const name = requiredText(problems, 'name', input.name, CatalogLimits.PRODUCT_NAME_MAX);
  const brand = requiredText(problems, 'brand', input.brand, CatalogLimits.BRAND_MAX);

  let slug: Slug | undefined;
  if (input.slug !== undefined) slug = problems.capture('slug', () => Slug.create(input.slug as string));
  else if (name !== undefined) slug = problems.capture('slug', () => Slug.fromText(name));

  let description = '';
  if (typeof input.description !== 'string') {
    problems.add('description', 'must be a string');
  } else if (characterLength(input.description.trim()) > CatalogLimits.DESCRIPTION_MAX) {
    problems.add('description', `must be at most ${CatalogLimits.DESCRIPTION_MAX} characters`);
  } else {
    description = input.description.trim();
  }

  if (typeof input.categoryId !== 'string' || input.categoryId.trim() === '') {
    problems.add('categoryId', 'must be a category id');
  }

  const specifications = parseSpecifications(input.specifications, problems);
  const variants = parseVariants(input.variants, problems);

  if (problems.count > start) return undefined;
  return {
    name: name as string,
    slug: slug as Slug,
    description,
    brand: brand as string,
    categoryId: input.categoryId as string,
    specifications: specifications as Specification[],
    variants: variants as Variant[],
  };
}

function parseSpecifications(raw: unknown, problems: ValidationProblems): Specification[] | undefined {
  if (!Array.isArray(raw)) {
    problems.add('specifications', 'must be a list');
    return undefined;
  }
  if (raw.length > CatalogLimits.SPECIFICATIONS_MAX) {
    problems.add('specifications', `must contain at most ${CatalogLimits.SPECIFICATIONS_MAX} lines`);
    return undefined;
  }
  const result: Specification[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item: SpecificationInput, i) => {
    const specification = Specification.parse(item, problems, `specifications.${i}`);
    if (!specification) return;
    const key = specification.key.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(`specifications.${i}.key`, `repeats the key of specifications.${first}`, CatalogErrorCodes.DUPLICATE_SPECIFICATION);
      return;
    }
    seen.set(key, i);
    result.push(specification);
  });
  return result;
}

function parseVariants(raw: unknown, problems: ValidationProblems): Variant[] | undefined {
  if (!Array.isArray(raw)) {
    problems.add('variants', 'must be a list', CatalogErrorCodes.NO_VARIANTS);
    return undefined;
  }
  if (raw.length === 0) {
    problems.add('variants', 'must contain at least one variant', CatalogErrorCodes.NO_VARIANTS);
    return undefined;
  }
  if (raw.length > CatalogLimits.VARIANTS_MAX) {
    problems.add('variants', `must contain at most ${CatalogLimits.VARIANTS_MAX} variants`, CatalogErrorCodes.TOO_MANY_VARIANTS);
    return undefined;
  }
  const result: Variant[] = [];
  const ids = new Map<string, number>();
  const skus = new Map<string, number>();
  const optionSets = new Map<string, number>();
  let currency: { code: string; index: number } | undefined;
  raw.forEach((item: VariantInput, i) => {
    const variant = Variant.parse(item, problems, `variants.${i}`);
    if (!variant) return;
    const start = problems.count;
    const sameId = ids.get(variant.id);
    if (sameId !== undefined) {
      problems.add(`variants.${i}.id`, `repeats the id of variants.${sameId}`, CatalogErrorCodes.DUPLICATE_VARIANT_ID);
    }
    const sameSku = skus.get(variant.sku.value);
    if (sameSku !== undefined) {
      problems.add(`variants.${i}.sku`, `repeats the SKU ${variant.sku.value} of variants.${sameSku}`, CatalogErrorCodes.DUPLICATE_SKU);
    }
    const sameOptions = optionSets.get(variant.optionsKey);
    if (sameOptions !== undefined) {
      problems.add(
        `variants.${i}.options`,
        `are the same as the options of variants.${sameOptions}; each variant needs its own option values`,
        CatalogErrorCodes.DUPLICATE_VARIANT_OPTIONS,
      );
    }
    if (!currency) {
      currency = { code: variant.price.currency, index: i };
    } else if (variant.price.currency !== currency.code) {
      problems.add(
        `variants.${i}.price`,
        `must be in ${currency.code} like variants.${currency.index}: all variants share one currency`,
        CatalogErrorCodes.MIXED_CURRENCIES,
      );
    }
    if (!ids.has(variant.id)) ids.set(variant.id, i);
    if (!skus.has(variant.sku.value)) skus.set(variant.sku.value, i);
    if (!optionSets.has(variant.optionsKey)) optionSets.set(variant.optionsKey, i);
    if (problems.count === start) result.push(variant);
  });
  return result;
}

export function parseImages(raw: unknown, problems: ValidationProblems): ProductImage[] | undefined {
  if (!Array.isArray(raw)) {
    problems.add('images', 'must be a list');
    return undefined;
  }
  if (raw.length > CatalogLimits.IMAGES_MAX) {
    problems.add('images', `must contain at most ${CatalogLimits.IMAGES_MAX} images`, CatalogErrorCodes.TOO_MANY_IMAGES);
    return undefined;
  }
  const images: ProductImage[] = [];
  const ids = new Map<string, number>();
  raw.forEach((item: ProductImageInput, i) => {
    const image = ProductImage.parse(item, problems, `images.${i}`, i);
    if (!image) return;
    const same = ids.get(image.id);
    if (same !== undefined) {
      problems.add(`images.${i}.id`, `repeats the id of images.${same}`, CatalogErrorCodes.DUPLICATE_IMAGE);
      return;
    }
    ids.set(image.id, i);
    images.push(image);
  });
  // Keep the requested order (stable for equal positions) and number the images 0..n-1.
  return images
    .map((image, index) => ({ image, index }))
    .sort((a, b) => a.image.position - b.image.position || a.index - b.index)
    .map(({ image }, position) => image.withPosition(position));
}

export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(toComparable(a)) === JSON.stringify(toComparable(b));
}

function toComparable(value: unknown): unknown {
  if (value instanceof Slug) return value.value;
  if (Array.isArray(value)) {
    return value.map((item: unknown) =>
      item instanceof Variant || item instanceof Specification ? item.toSnapshot() : item,
    );
  }
  return value;
}
