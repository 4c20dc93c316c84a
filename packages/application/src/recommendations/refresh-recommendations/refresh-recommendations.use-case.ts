import type { RecommendationSource } from '../../ports/recommendation-source.port';
import type { RecommendationLists } from '../recommendation-lists';

/**
 * Run from the outbox after an order event that changes what counts as bought ('order.paid',
 * 'order.cancelled', 'order.refunded'): recomputes the best sellers, the customer's list and
 * "customers also bought" of every product of the order. Idempotent (delivery is at least once).
 */
export class RefreshRecommendationsUseCase {
  constructor(
    private readonly lists: RecommendationLists,
    private readonly source: Pick<RecommendationSource, 'orderFacts'>,
  ) {}

  async afterOrderEvent(orderId: string): Promise<'refreshed' | 'unknown_order'> {
    const facts = await this.source.orderFacts(orderId);
    if (!facts) return 'unknown_order';
    await this.lists.computeBestSellers();
    await this.lists.computeForCustomer(facts.customerId);
    for (const productId of facts.productIds) await this.lists.computeAlsoBought(productId);
    return 'refreshed';
  }
}
