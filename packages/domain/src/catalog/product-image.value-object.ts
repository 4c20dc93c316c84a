import { ValidationProblems, fieldPath, isWholeNumberBetween, requiredText } from '../shared/validation-problems';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';

export interface ProductImageInput {
  id: string;
  url: string;
  alt: string;
  /** Key of the file in the file storage (to delete it later). */
  storageKey: string;
  /** Display order, 0 first. Omitted: after the images before it. */
  position?: number;
}

export interface ProductImageSnapshot {
  id: string;
  url: string;
  alt: string;
  storageKey: string;
  position: number;
}

/** A picture of a product, with the alternative text screen readers announce. */
export class ProductImage {
  private constructor(
    readonly id: string,
    readonly url: string,
    readonly alt: string,
    readonly storageKey: string,
    readonly position: number,
  ) {
    Object.freeze(this);
  }

  static create(input: ProductImageInput): ProductImage {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_IMAGE);
    const image = ProductImage.parse(input, problems, '', 0);
    problems.throwIfAny('Invalid image');
    return image as ProductImage;
  }

  /** Checks one image, recording problems under `prefix` ('images.0'); `defaultPosition` when none given. */
  static parse(
    input: ProductImageInput,
    problems: ValidationProblems,
    prefix: string,
    defaultPosition: number,
  ): ProductImage | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    const raw = (input ?? {}) as Partial<ProductImageInput>;
    const code = CatalogErrorCodes.INVALID_IMAGE;
    const id = requiredText(problems, at('id'), raw.id, 100, code);
    const url = requiredText(problems, at('url'), raw.url, CatalogLimits.IMAGE_URL_MAX, code);
    const alt = requiredText(problems, at('alt'), raw.alt, CatalogLimits.IMAGE_ALT_MAX, code);
    const storageKey = requiredText(problems, at('storageKey'), raw.storageKey, CatalogLimits.STORAGE_KEY_MAX, code);
    const position = raw.position ?? defaultPosition;
    if (!isWholeNumberBetween(position, 0, 10_000)) problems.add(at('position'), 'must be a whole number from 0 to 10000', code);
    if (problems.count > start || !id || !url || !alt || !storageKey) return undefined;
    return new ProductImage(id, url, alt, storageKey, position);
  }

  static restore(snapshot: ProductImageSnapshot): ProductImage {
    return new ProductImage(snapshot.id, snapshot.url, snapshot.alt, snapshot.storageKey, snapshot.position);
  }

  withPosition(position: number): ProductImage {
    return new ProductImage(this.id, this.url, this.alt, this.storageKey, position);
  }

  toSnapshot(): ProductImageSnapshot {
    return { id: this.id, url: this.url, alt: this.alt, storageKey: this.storageKey, position: this.position };
  }
}
