import { AggregateRoot } from '../shared/aggregate-root';
import { DomainError } from '../shared/domain-error';
import type { Money, MoneyJSON } from '../shared/money.value-object';
import { Slug } from '../shared/slug.value-object';
import {
  ValidationProblems,
  characterLength,
  isWholeNumberBetween,
  requiredText,
} from '../shared/validation-problems';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';
import {
  CatalogEvents,
  type ImageAddedPayload,
  type ImageRemovedPayload,
  type ImagesReorderedPayload,
  type ProductArchivedPayload,
  type ProductCreatedPayload,
  type ProductUpdatedPayload,
  type StockChangedPayload,
} from './catalog.events';
import { ProductImage, type ProductImageInput, type ProductImageSnapshot } from './product-image.value-object';
import { Specification, type SpecificationInput, type SpecificationSnapshot } from './specification.value-object';
import { Variant, type VariantInput } from './variant.entity';

export interface CreateProductProps {
  id: string;
  name: string;
  /** Derived from the name (Slug.fromText) when absent or blank. */
  slug?: string | null;
  description: string;
  brand: string;
  categoryId: string;
  specifications: SpecificationInput[];
  variants: VariantInput[];
  images?: ProductImageInput[];
}

/**
 * The editable content of a product; each field present replaces the current one (variants and
 * specifications as whole lists). The slug only changes when given: renaming keeps links alive.
 */
export type UpdateProductProps = Partial<
  Pick<CreateProductProps, 'name' | 'description' | 'brand' | 'categoryId' | 'specifications' | 'variants'>
> & { slug?: string };

/** Plain data of a product, for repositories (no class instances, dates as Date). */
export interface ProductSnapshot {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  categoryId: string;
  specifications: SpecificationSnapshot[];
  variants: {
    id: string;
    sku: string;
    name: string;
    options: Record<string, string>;
    price: MoneyJSON;
    available: number;
  }[];
  images: ProductImageSnapshot[];
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

interface ProductContent {
  name: string;
  slug: Slug;
  description: string;
  brand: string;
  categoryId: string;
  specifications: Specification[];
  variants: Variant[];
}

interface ProductState extends ProductContent {
  id: string;
  images: ProductImage[];
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Wire names of the content fields, as reported in 'product.updated'. */
const CONTENT_FIELDS: ReadonlyArray<[keyof ProductContent, string]> = [
  ['name', 'name'],
  ['slug', 'slug'],
  ['description', 'description'],
  ['brand', 'brand'],
  ['categoryId', 'category_id'],
  ['specifications', 'specifications'],
  ['variants', 'variants'],
];

/**
 * A product of the catalog with its variants, spec sheet and images. Every change goes through
 * a method that keeps the rules true (at least one variant, one currency, unique SKUs and
 * option sets, positive prices), bumps `version` and records a domain event.
 */
export class Product extends AggregateRoot {
  private constructor(
    private state: ProductState,
    private storedVersion: number,
  ) {
    super();
  }

  /** The version as stored (0 = never saved): a repository updates the row only while it still has it. */
  get persistedVersion(): number {
    return this.storedVersion;
  }

  /** Called by the repository once this state is stored. */
  markPersisted(): void {
    this.storedVersion = this.state.version;
  }

  static create(props: CreateProductProps, now: Date): Product {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_PRODUCT);
    if (typeof props.id !== 'string' || props.id.trim() === '') problems.add('id', 'must be a non-empty id');
    const slugText = typeof props.slug === 'string' ? props.slug.trim() : '';
    const content = parseContent({ ...props, slug: slugText || undefined }, problems);
    const images = parseImages(props.images ?? [], problems);
    problems.throwIfAny('Invalid product');

    const at = new Date(now.getTime());
    const product = new Product({
      id: props.id,
      ...(content as ProductContent),
      images: images as ProductImage[],
      archivedAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }, 0);
    product.record<ProductCreatedPayload>({
      name: CatalogEvents.PRODUCT_CREATED,
      aggregateId: props.id,
      occurredAt: new Date(at.getTime()),
      payload: { slug: product.slug, name: product.name, categoryId: product.categoryId },
    });
    return product;
  }

  /** Rebuilds a stored product as it was: no rules re-checked, no events recorded. */
  static restore(snapshot: ProductSnapshot): Product {
    return new Product({
      id: snapshot.id,
      slug: Slug.create(snapshot.slug),
      name: snapshot.name,
      description: snapshot.description,
      brand: snapshot.brand,
      categoryId: snapshot.categoryId,
      specifications: snapshot.specifications.map((s) => Specification.restore(s)),
      variants: snapshot.variants.map((v) => Variant.restore(v)),
      images: snapshot.images.map((i) => ProductImage.restore(i)).sort((a, b) => a.position - b.position),
      archivedAt: snapshot.archivedAt ? new Date(snapshot.archivedAt.getTime()) : null,
      version: snapshot.version,
      createdAt: new Date(snapshot.createdAt.getTime()),
      updatedAt: new Date(snapshot.updatedAt.getTime()),
    }, snapshot.version);
  }

  /**
   * Replaces the given fields after checking the whole product again. Does nothing (no version
   * bump, no event) when nothing actually changes.
   */
  update(changes: UpdateProductProps, now: Date): void {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_PRODUCT);
    if (changes.slug !== undefined && (typeof changes.slug !== 'string' || changes.slug.trim() === '')) {
      problems.add('slug', 'must not be blank');
    }
    const current = this.state;
    const content = parseContent(
      {
        name: changes.name ?? current.name,
        slug: typeof changes.slug === 'string' && changes.slug.trim() ? changes.slug.trim() : current.slug.value,
        description: changes.description ?? current.description,
        brand: changes.brand ?? current.brand,
        categoryId: changes.categoryId ?? current.categoryId,
        specifications: changes.specifications ?? current.specifications.map((s) => s.toSnapshot()),
        variants:
          changes.variants ??
          current.variants.map((v) => ({ id: v.id, sku: v.sku.value, name: v.name, options: v.options, price: v.price, available: v.available })),
      },
      problems,
    );
    problems.throwIfAny('Invalid product');

    const next = content as ProductContent;
    const changed = CONTENT_FIELDS.filter(([key]) => !sameContent(current[key], next[key])).map(([, wire]) => wire);
    if (changed.length === 0) return;
    this.state = { ...current, ...next };
    this.touch(now);
    this.record<ProductUpdatedPayload>({
      name: CatalogEvents.PRODUCT_UPDATED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { changes: changed },
    });
  }

  /** Hides the product from the catalog (orders keep referring to it). Archiving twice is a no-op. */
  archive(now: Date): void {
    if (this.state.archivedAt) return;
    this.state = { ...this.state, archivedAt: new Date(now.getTime()) };
    this.touch(now);
    this.record<ProductArchivedPayload>({
      name: CatalogEvents.PRODUCT_ARCHIVED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { slug: this.slug },
    });
  }

  /** Sets how many units of a variant can be bought now. Setting the current level is a no-op. */
  setStock(variantId: string, available: number, now: Date): void {
    const index = this.state.variants.findIndex((v) => v.id === variantId);
    if (index < 0) {
      throw new DomainError(
        CatalogErrorCodes.VARIANT_NOT_FOUND,
        `Product ${this.id} has no variant ${variantId}`,
        'not_found',
      );
    }
    if (!isWholeNumberBetween(available, 0, CatalogLimits.AVAILABLE_MAX)) {
      throw new DomainError(
        CatalogErrorCodes.INVALID_STOCK,
        `Stock must be a whole number from 0 to ${CatalogLimits.AVAILABLE_MAX}, got ${String(available)}`,
        'validation',
        { available: [`must be a whole number from 0 to ${CatalogLimits.AVAILABLE_MAX}`] },
      );
    }
    const variant = this.state.variants[index];
    if (variant.available === available) return;
    const variants = [...this.state.variants];
    variants[index] = variant.withAvailable(available);
    this.state = { ...this.state, variants };
    this.touch(now);
    this.record<StockChangedPayload>({
      name: CatalogEvents.STOCK_CHANGED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { variantId, sku: variant.sku.value, previous: variant.available, available },
    });
  }

  /** Appends an image after the existing ones (its position is assigned here). */
  addImage(input: Omit<ProductImageInput, 'position'>, now: Date): ProductImage {
    if (this.state.images.length >= CatalogLimits.IMAGES_MAX) {
      throw new DomainError(
        CatalogErrorCodes.TOO_MANY_IMAGES,
        `A product can have at most ${CatalogLimits.IMAGES_MAX} images`,
        'validation',
        { images: [`must contain at most ${CatalogLimits.IMAGES_MAX} images`] },
      );
    }
    const image = ProductImage.create({ ...input, position: this.state.images.length });
    if (this.state.images.some((i) => i.id === image.id)) {
      throw new DomainError(CatalogErrorCodes.DUPLICATE_IMAGE, `Product ${this.id} already has image ${image.id}`, 'conflict', {
        id: ['is already used by another image of this product'],
      });
    }
    this.state = { ...this.state, images: [...this.state.images, image] };
    this.touch(now);
    this.record<ImageAddedPayload>({
      name: CatalogEvents.IMAGE_ADDED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { imageId: image.id },
    });
    return image;
  }

  /** Removes an image, closes the gap in positions and returns it (its storageKey names the file to delete). */
  removeImage(imageId: string, now: Date): ProductImage {
    const removed = this.state.images.find((i) => i.id === imageId);
    if (!removed) {
      throw new DomainError(CatalogErrorCodes.IMAGE_NOT_FOUND, `Product ${this.id} has no image ${imageId}`, 'not_found');
    }
    const images = this.state.images.filter((i) => i.id !== imageId).map((image, position) => image.withPosition(position));
    this.state = { ...this.state, images };
    this.touch(now);
    this.record<ImageRemovedPayload>({
      name: CatalogEvents.IMAGE_REMOVED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { imageId, storageKey: removed.storageKey },
    });
    return removed;
  }

  /** Puts the images in the given order (every image id exactly once); the first is the main image. */
  reorderImages(imageIds: readonly string[], now: Date): void {
    const current = this.state.images;
    const same = Array.isArray(imageIds) && imageIds.length === current.length && new Set(imageIds).size === imageIds.length && imageIds.every((id) => current.some((i) => i.id === id));
    if (!same) {
      throw new DomainError(CatalogErrorCodes.INVALID_IMAGE, 'The new order must list every image of the product exactly once', 'validation', {
        image_ids: ['must list every image of the product exactly once'],
      });
    }
    if (imageIds.every((id, position) => current[position].id === id)) return;
    const images = imageIds.map((id, position) => current.find((i) => i.id === id)!.withPosition(position));
    this.state = { ...this.state, images };
    this.touch(now);
    this.record<ImagesReorderedPayload>({
      name: CatalogEvents.IMAGES_REORDERED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { imageIds: [...imageIds] },
    });
  }

  get id(): string {
    return this.state.id;
  }
  get slug(): string {
    return this.state.slug.value;
  }
  get name(): string {
    return this.state.name;
  }
  get description(): string {
    return this.state.description;
  }
  get brand(): string {
    return this.state.brand;
  }
  get categoryId(): string {
    return this.state.categoryId;
  }
  get specifications(): readonly Specification[] {
    return [...this.state.specifications];
  }
  get variants(): readonly Variant[] {
    return [...this.state.variants];
  }
  get images(): readonly ProductImage[] {
    return [...this.state.images];
  }
  get archivedAt(): Date | null {
    return this.state.archivedAt ? new Date(this.state.archivedAt.getTime()) : null;
  }
  get isArchived(): boolean {
    return this.state.archivedAt !== null;
  }
  get version(): number {
    return this.state.version;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  /** The lowest variant price: what the catalog shows as the product's price. */
  get minPrice(): Money {
    return this.state.variants.reduce((min, v) => (v.price.lessThan(min) ? v.price : min), this.state.variants[0].price);
  }

  /** Whether any variant can be bought now. */
  get inStock(): boolean {
    return this.state.variants.some((v) => v.available > 0);
  }

  variant(variantId: string): Variant | null {
    return this.state.variants.find((v) => v.id === variantId) ?? null;
  }

  toSnapshot(): ProductSnapshot {
    const s = this.state;
    return {
      id: s.id,
      slug: s.slug.value,
      name: s.name,
      description: s.description,
      brand: s.brand,
      categoryId: s.categoryId,
      specifications: s.specifications.map((x) => x.toSnapshot()),
      variants: s.variants.map((v) => v.toSnapshot()),
      images: s.images.map((i) => i.toSnapshot()),
      archivedAt: s.archivedAt ? new Date(s.archivedAt.getTime()) : null,
      version: s.version,
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    };
  }

  private touch(now: Date): void {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: new Date(now.getTime()) };
  }
}

interface ContentInput {
  name: unknown;
  /** undefined: derive from the name. */
  slug: string | undefined;
  description: unknown;
  brand: unknown;
  categoryId: unknown;
  specifications: unknown;
  variants: unknown;
}

function parseContent(input: ContentInput, problems: ValidationProblems): ProductContent | undefined {
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
    problems.add('category_id', 'must be a category id');
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

function parseImages(raw: unknown, problems: ValidationProblems): ProductImage[] | undefined {
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

function sameContent(a: unknown, b: unknown): boolean {
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
