import type { ReviewSort, ReviewView } from '../../ports/review-read-model.port';
import { visibleProduct, type ReviewDeps } from '../review.deps';

export interface ListProductReviewsInput {
  product: string;
  sort?: ReviewSort;
  page?: number;
  perPage?: number;
  /** The signed-in shopper, whose own review (any status) is answered beside the page. */
  viewerId?: string;
}

export interface ListProductReviewsResult {
  productId: string;
  items: ReviewView[];
  total: number;
  page: number;
  perPage: number;
  /** The viewer's review of this product, even a hidden one; null when none or signed out. */
  own: ReviewView | null;
}

/** GET /products/{id}/reviews: the visible reviews, newest first unless asked otherwise. */
export class ListProductReviewsUseCase {
  constructor(private readonly deps: Pick<ReviewDeps, 'reviews' | 'read' | 'products'>) {}

  async execute(input: ListProductReviewsInput): Promise<ListProductReviewsResult> {
    const product = await visibleProduct(this.deps.products, input.product);
    const page = input.page ?? 1;
    const perPage = input.perPage ?? 10;
    const [result, mine] = await Promise.all([
      this.deps.read.listForProduct(product.id, { sort: input.sort ?? 'newest', page, perPage }),
      input.viewerId ? this.deps.reviews.findByAuthor(product.id, input.viewerId) : Promise.resolve(null),
    ]);
    const own = mine ? await this.deps.read.get(mine.id) : null;
    return { productId: product.id, items: result.items, total: result.total, page, perPage, own };
  }
}
