import { Slug } from '../shared/slug.value-object';
import { ValidationProblems, requiredText } from '../shared/validation-problems';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';

export interface CategoryInput {
  id: string;
  name: string;
  /** Derived from the name when absent. */
  slug?: string | null;
  parentId?: string | null;
}

/** What the category tree needs to know of a category (a Category or any stored record). */
export interface CategoryNode {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** A shelf of the catalog ('Keyboards' under 'Peripherals'). */
export class Category implements CategoryNode {
  private constructor(
    readonly id: string,
    private readonly slugValue: Slug,
    readonly name: string,
    readonly parentId: string | null,
  ) {
    Object.freeze(this);
  }

  static create(input: CategoryInput): Category {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_CATEGORY);
    const id = requiredText(problems, 'id', input.id, 100);
    const name = requiredText(problems, 'name', input.name, CatalogLimits.CATEGORY_NAME_MAX);
    const rawSlug = typeof input.slug === 'string' ? input.slug.trim() : '';
    const slug = rawSlug
      ? problems.capture('slug', () => Slug.create(rawSlug))
      : name !== undefined
        ? problems.capture('slug', () => Slug.fromText(name))
        : undefined;
    const parentId = input.parentId ?? null;
    if (parentId !== null && (typeof parentId !== 'string' || parentId.trim() === '')) {
      problems.add('parentId', 'must be a category id or null');
    } else if (parentId !== null && parentId === input.id) {
      problems.add('parentId', 'cannot be the category itself', CatalogErrorCodes.CATEGORY_CYCLE);
    }
    problems.throwIfAny('Invalid category');
    return new Category(id as string, slug as Slug, name as string, parentId);
  }

  get slug(): string {
    return this.slugValue.value;
  }

  toSnapshot(): CategoryNode {
    return { id: this.id, slug: this.slug, name: this.name, parentId: this.parentId };
  }
}
