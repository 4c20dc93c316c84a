import type { ProductSummaryView } from '../../ports/catalog-read-model.port';
import { RECOMMENDATION_KEYS, type RecommendationLists } from '../recommendation-lists';

/**
 * GET /recommendations (signed in): "Recommended for you". Served from the cached list that
 * order events refresh; computed once when there is none yet (a new customer, a cold cache).
 */
export class GetRecommendationsUseCase {
  constructor(private readonly lists: RecommendationLists) {}

  async execute(customerId: string): Promise<ProductSummaryView[]> {
    const ids = (await this.lists.read(RECOMMENDATION_KEYS.customer(customerId))) ?? (await this.lists.computeForCustomer(customerId));
    return this.lists.summaries(ids);
  }
}
