import type { Cache } from '../ports/cache.port';
import type { CatalogReadModel, ProductSummaryView } from '../ports/catalog-read-model.port';
import type { Clock } from '../ports/clock.port';
import type { RecommendationSource } from '../ports/recommendation-source.port';

export interface RecommendationDeps {
  source: RecommendationSource;
  cache: Cache;
  catalog: Pick<CatalogReadModel, 'getSummaries'>;
  clock: Clock;
}

export interface RecommendationOptions {
  /** RECOMMENDATIONS_PER_USER: how many products a list shows. */
  perList: number;
  /** How long a computed list may be served if no order event refreshes it first. */
  ttlSeconds: number;
  /** Best sellers count units sold in this many days. */
  bestSellerDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const RECOMMENDATION_KEYS = {
  customer: (customerId: string) => `reco:customer:${customerId}`,
  alsoBought: (productId: string) => `reco:also:${productId}`,
  bestSellers: 'reco:best-sellers',
};

/**
 * Computes the recommendation lists from the SQL aggregates and keeps them in the cache, where
 * order events refresh them; requests only read them. Lists hold twice as many ids as are shown,
 * so products archived or sold out since still leave a full list.
 */
export class RecommendationLists {
  constructor(
    private readonly deps: RecommendationDeps,
    private readonly options: RecommendationOptions,
  ) {}

  private get depth(): number {
    return this.options.perList * 2;
  }

  /** CONTRACT: the customer's most-bought categories, not bought yet, best rated first; best sellers without history. */
  async computeForCustomer(customerId: string): Promise<string[]> {
    const [fromCategories, bought, bestSellers] = await Promise.all([
      this.deps.source.fromBoughtCategories(customerId, this.depth),
      this.deps.source.boughtBy(customerId),
      this.bestSellers(),
    ]);
    const lists = [fromCategories, bestSellers];
    if (fill(this.depth, bought, lists).length < this.depth) lists.push(await this.deps.source.bestRated(this.depth + bought.length));
    return this.store(RECOMMENDATION_KEYS.customer(customerId), fill(this.depth, bought, lists));
  }

  /** "Customers also bought": products sharing paid orders with this one, then the same category. */
  async computeAlsoBought(productId: string): Promise<string[]> {
    const together = await this.deps.source.boughtTogetherWith(productId, this.depth);
    const lists = [together];
    if (together.length < this.depth) lists.push(await this.deps.source.sameCategoryAs(productId, this.depth));
    return this.store(RECOMMENDATION_KEYS.alsoBought(productId), fill(this.depth, [productId], lists));
  }

  /** Most units sold in the last 30 days (cached like the other lists). */
  async bestSellers(): Promise<string[]> {
    const cached = await this.read(RECOMMENDATION_KEYS.bestSellers);
    return cached ?? this.computeBestSellers();
  }

  async computeBestSellers(): Promise<string[]> {
    const since = new Date(this.deps.clock.now().getTime() - (this.options.bestSellerDays ?? 30) * DAY_MS);
    return this.store(RECOMMENDATION_KEYS.bestSellers, await this.deps.source.bestSellers(since, this.depth));
  }

  /** The cached list, or null when none was computed yet (or it expired). */
  async read(key: string): Promise<string[] | null> {
    const raw = await this.deps.cache.get(key);
    if (raw === null) return null;
    try {
      const ids = JSON.parse(raw) as unknown;
      return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : null;
    } catch {
      return null; // a damaged entry is recomputed
    }
  }

  /** The products of `ids` as the listing shows them, in that order: visible and in stock only, at most perList. */
  async summaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    const byId = new Map((await this.deps.catalog.getSummaries(ids)).map((s) => [s.id, s]));
    return ids.flatMap((id) => {
      const s = byId.get(id);
      return s && s.inStock ? [s] : [];
    }).slice(0, this.options.perList);
  }

  private async store(key: string, ids: string[]): Promise<string[]> {
    await this.deps.cache.set(key, JSON.stringify(ids), this.options.ttlSeconds);
    return ids;
  }
}

/** The first `size` distinct ids of the lists in turn, leaving out `exclude`. */
export function fill(size: number, exclude: readonly string[], lists: readonly (readonly string[])[]): string[] {
  const skip = new Set(exclude);
  const out: string[] = [];
  for (const list of lists) {
    for (const id of list) {
      if (out.length >= size) return out;
      if (skip.has(id)) continue;
      skip.add(id);
      out.push(id);
    }
  }
  return out;
}
