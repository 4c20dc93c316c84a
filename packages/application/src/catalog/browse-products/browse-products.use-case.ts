import { CatalogErrorCodes, ValidationProblems, isWholeNumberBetween } from '@devgear/domain';
import {
  PRODUCT_LIST_SORTS,
  type CatalogReadModel,
  type ProductFacetsView,
  type ProductListCriteria,
  type ProductListSort,
  type ProductSummaryView,
} from '../../ports/catalog-read-model.port';

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
/** Same bound as the query schema of GET /products. */
const MAX_PRICE_FILTER = 100_000_000;

export interface BrowseProductsInput {
  q?: string;
  /** Browsing a category includes its sub-categories. */
  categorySlug?: string;
  brand?: string;
  /** Minor units, inclusive, against the lowest variant price. */
  priceMin?: number;
  priceMax?: number;
  /** true keeps only products that can be bought now; false or absent does not filter. */
  inStock?: boolean;
  /** Defaults to 'relevance' with a search text, 'newest' without ('relevance' means nothing then). */
  sort?: ProductListSort;
  page?: number;
  perPage?: number;
}

export interface BrowseProductsResult {
  items: ProductSummaryView[];
  total: number;
  facets: ProductFacetsView;
  page: number;
  perPage: number;
}

/** GET /products: the storefront's product list with search, filters, sorting and facets. */
export class BrowseProductsUseCase {
  constructor(private readonly catalog: CatalogReadModel) {}

  async execute(input: BrowseProductsInput = {}): Promise<BrowseProductsResult> {
    const page = input.page ?? 1;
    const perPage = input.perPage ?? DEFAULT_PAGE_SIZE;
    this.validate(input, page, perPage);

    const q = input.q?.trim() || undefined;
    const brand = input.brand?.trim() || undefined;
    let sort: ProductListSort = input.sort ?? (q ? 'relevance' : 'newest');
    if (sort === 'relevance' && !q) sort = 'newest';

    // The read model resolves the category's subtree (in the same query as the page); a stale
    // link to a removed category shows an empty list, not an error page.
    const categorySlug = input.categorySlug?.trim() || undefined;

    const criteria: ProductListCriteria = { sort, page, perPage };
    if (q) criteria.q = q;
    if (categorySlug) criteria.categorySlug = categorySlug;
    if (brand) criteria.brand = brand;
    if (input.priceMin !== undefined) criteria.priceMin = input.priceMin;
    if (input.priceMax !== undefined) criteria.priceMax = input.priceMax;
    if (input.inStock === true) criteria.inStock = true;

    const result = await this.catalog.listProducts(criteria);
    return { items: result.items, total: result.total, facets: result.facets, page, perPage };
  }

  private validate(input: BrowseProductsInput, page: number, perPage: number): void {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_QUERY);
    if (!isWholeNumberBetween(page, 1, Number.MAX_SAFE_INTEGER)) problems.add('page', 'must be a whole number of at least 1');
    if (!isWholeNumberBetween(perPage, 1, MAX_PAGE_SIZE)) {
      problems.add('perPage', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
    }
    for (const [field, value] of [
      ['priceMin', input.priceMin],
      ['priceMax', input.priceMax],
    ] as const) {
      if (value !== undefined && !isWholeNumberBetween(value, 0, MAX_PRICE_FILTER)) {
        problems.add(field, `must be a whole number from 0 to ${MAX_PRICE_FILTER}`);
      }
    }
    if (
      input.priceMin !== undefined &&
      input.priceMax !== undefined &&
      !problems.has('priceMin') &&
      !problems.has('priceMax') &&
      input.priceMin > input.priceMax
    ) {
      problems.add('priceMin', 'must not be greater than price_max');
    }
    if (input.sort !== undefined && !(PRODUCT_LIST_SORTS as readonly string[]).includes(input.sort)) {
      problems.add('sort', `must be one of ${PRODUCT_LIST_SORTS.join(', ')}`);
    }
    problems.throwIfAny('Invalid product query');
  }
}
