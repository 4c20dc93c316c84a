import type { RecommendationRefreshQueue } from '../../ports/recommendation-refresh-queue.port';
import type { RecommendationSource } from '../../ports/recommendation-source.port';
import type { RecommendationLists } from '../recommendation-lists';

export const REFRESH_TARGETS = {
  bestSellers: 'best-sellers',
  customer: (customerId: string) => `customer:${customerId}`,
  product: (productId: string) => `product:${productId}`,
};

/**
 * Keeps the recommendation lists in step with what was bought, in two halves:
 * - `afterOrderEvent`, run from the outbox after an order event that changes what counts as
 *   bought ('order.paid', a cancellation or refund of a paid order), queues the lists the order
 *   touches: the best sellers, the customer's list, "also bought" of each of its products;
 * - `refreshDue`, a background job, recomputes what is queued, each list once per round
 *   however many orders asked for it (recomputing per event made a burst of orders of one
 *   product quadratic: each recompute reads every order of that product).
 * Both are idempotent (delivery is at least once).
 */
export class RefreshRecommendationsUseCase {
  constructor(
    private readonly lists: RecommendationLists,
    private readonly source: Pick<RecommendationSource, 'orderFacts'>,
    private readonly queue: RecommendationRefreshQueue,
  ) {}

  async afterOrderEvent(orderId: string): Promise<'queued' | 'unknown_order'> {
    const facts = await this.source.orderFacts(orderId);
    if (!facts) return 'unknown_order';
    await this.queue.add([REFRESH_TARGETS.bestSellers, REFRESH_TARGETS.customer(facts.customerId), ...facts.productIds.map(REFRESH_TARGETS.product)]);
    return 'queued';
  }

  /** Recomputes up to `limit` queued lists (the best sellers first: customers' lists read them). */
  async refreshDue(limit = 200): Promise<number> {
    return this.queue.process(limit, async (targets) => {
      const ordered = [...targets].sort((a, b) => Number(b === REFRESH_TARGETS.bestSellers) - Number(a === REFRESH_TARGETS.bestSellers));
      for (const target of ordered) {
        const [kind, id] = splitTarget(target);
        if (kind === REFRESH_TARGETS.bestSellers) await this.lists.computeBestSellers();
        else if (kind === 'customer') await this.lists.computeForCustomer(id);
        else if (kind === 'product') await this.lists.computeAlsoBought(id);
      }
    });
  }
}

function splitTarget(target: string): [string, string] {
  const colon = target.indexOf(':');
  return colon < 0 ? [target, ''] : [target.slice(0, colon), target.slice(colon + 1)];
}
