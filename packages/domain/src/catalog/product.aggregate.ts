import { AggregateRoot } from '../shared/aggregate-root';
import { DomainError } from '../shared/domain-error';
import type { Money, MoneyJSON } from '../shared/money.value-object';
import { Slug } from '../shared/slug.value-object';
import { ValidationProblems, isWholeNumberBetween } from '../shared/validation-problems';
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
import { CONTENT_FIELDS, parseContent, parseImages, sameContent, type ProductContent } from './product-content';
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

interface ProductState extends ProductContent {
  id: string;
  images: ProductImage[];
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

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
