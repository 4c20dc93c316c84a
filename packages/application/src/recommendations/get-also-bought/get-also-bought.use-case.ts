import type { ProductSummaryView } from '../../ports/catalog-read-model.port';
import type { ProductLookup } from '../../ports/product-lookup.port';
import { visibleProduct } from '../../review/review.deps';
import { RECOMMENDATION_KEYS, type RecommendationLists } from '../recommendation-lists';

/** GET /products/{id}/also-bought: "Customers also bought" on the product page (404 for a hidden product). */
export class GetAlsoBoughtUseCase {
  constructor(
    private readonly lists: RecommendationLists,
    private readonly products: ProductLookup,
  ) {}

  async execute(idOrSlug: string): Promise<ProductSummaryView[]> {
    const product = await visibleProduct(this.products, idOrSlug);
    const ids = (await this.lists.read(RECOMMENDATION_KEYS.alsoBought(product.id))) ?? (await this.lists.computeAlsoBought(product.id));
    return this.lists.summaries(ids);
  }
}
