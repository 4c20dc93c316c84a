import type { Cache } from '../../ports/cache.port';
import type {
  CatalogReadModel,
  CategoryView,
  ProductDetailView,
  ProductFacetsView,
  ProductListCriteria,
  ProductSummaryView,
} from '../../ports/catalog-read-model.port';

const VERSION_KEY = 'catalog:version';

export interface CatalogCacheOptions {
  /** Upper bound on staleness if an invalidation is ever missed. */
  ttlSeconds: number;
  /** How many parsed entries this instance keeps in memory (default 500). */
  localEntries?: number;
  /** How long an instance trusts the version it last read (saves a round trip per request). */
  versionTtlMs: number;
  /**
   * The live state's generation (CatalogLiveState.generation). Listings whose products depend
   * on live fields (an in-stock filter, a rating sort) are kept by this instance only, under
   * keys carrying the generation, so a stock flip or a rating change retires them at once.
   */
  liveGeneration?: () => number;
  now?: () => number;
}

/**
 * Read-through cache in front of the catalog read model. Every entry's key carries the
 * catalog version; a catalog write calls `invalidate()`, which bumps the version so all
 * instances stop using older entries at once (they simply expire). Listings are the hot
 * path of a shop and repeat heavily (category pages, first pages, popular searches).
 */
export class CachedCatalogReadModel implements CatalogReadModel {
  private version: { value: string; readAt: number } | null = null;
  /** Concurrent misses of one key share one load (no stampede on a cold or bumped cache). */
  private readonly inflight = new Map<string, Promise<unknown>>();
  /**
   * Parsed values of this instance (keys carry the version, so an invalidation retires
   * them like the shared entries); saves a round trip and a JSON.parse per hit.
   */
  private readonly local = new Map<string, { value: unknown; expiresAt: number }>();
  private readonly now: () => number;

  constructor(
    private readonly inner: CatalogReadModel,
    private readonly cache: Cache,
    private readonly options: CatalogCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async invalidate(): Promise<void> {
    const next = await this.cache.increment(VERSION_KEY);
    this.version = { value: String(next), readAt: this.now() };
  }

  listProducts(c: ProductListCriteria): Promise<{ items: ProductSummaryView[]; total: number; facets: ProductFacetsView }> {
    const key = ['list', c.q ?? '', c.categorySlug ?? '', c.brand?.toLowerCase() ?? '', c.priceMin ?? '', c.priceMax ?? '', c.inStock ? 1 : 0, c.sort, c.page, c.perPage].join('|');
    const generation = this.options.liveGeneration;
    if (generation && (c.inStock || c.sort === 'rating_desc')) {
      return this.through(`live${generation()}|${key}`, () => this.inner.listProducts(c), { shared: false });
    }
    return this.through(key, () => this.inner.listProducts(c));
  }

  async getProduct(idOrSlug: string): Promise<ProductDetailView | null> {
    const cached = await this.through(`product|${idOrSlug}`, async () => {
      const p = await this.inner.getProduct(idOrSlug);
      return p ? { ...p, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() } : null;
    });
    return cached ? { ...cached, createdAt: new Date(cached.createdAt), updatedAt: new Date(cached.updatedAt) } : null;
  }

  listCategories(): Promise<CategoryView[]> {
    return this.through('categories', () => this.inner.listCategories());
  }

  getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.through(`summaries|${[...ids].sort().join(',')}`, () => this.inner.getSummaries(ids));
  }

  /**
   * The catalog version this instance trusts now (re-read from the shared cache at most once
   * per versionTtlMs). Anything derived from cached reads is current while it stays the same.
   */
  async currentVersion(): Promise<string> {
    return this.trustedVersion() ?? this.readVersion();
  }

  /** The version without any I/O, or null when it must be re-read (then call currentVersion()). */
  trustedVersion(): string | null {
    return this.version && this.now() - this.version.readAt < this.options.versionTtlMs ? this.version.value : null;
  }

  private async readVersion(): Promise<string> {
    const value = (await this.cache.get(VERSION_KEY)) ?? '0';
    this.version = { value, readAt: this.now() };
    return value;
  }

  private remember<T>(key: string, value: T): T {
    this.local.delete(key);
    this.local.set(key, { value, expiresAt: this.now() + this.options.ttlSeconds * 1000 });
    const max = this.options.localEntries ?? 500;
    while (this.local.size > max) this.local.delete(this.local.keys().next().value as string);
    return value;
  }

  private async through<T>(key: string, load: () => Promise<T>, { shared = true } = {}): Promise<T> {
    const fullKey = `catalog:v${await this.currentVersion()}:${key}`;
    const now = this.now();
    const mine = this.local.get(fullKey);
    if (mine && mine.expiresAt > now) return mine.value as T;
    const hit = shared ? await this.cache.get(fullKey) : null;
    if (hit !== null) return this.remember(fullKey, JSON.parse(hit) as T);
    const pending = this.inflight.get(fullKey);
    if (pending) return pending as Promise<T>;
    const loading = (async () => {
      const value = await load();
      if (shared) await this.cache.set(fullKey, JSON.stringify(value), this.options.ttlSeconds);
      return this.remember(fullKey, value);
    })();
    this.inflight.set(fullKey, loading);
    try {
      return await loading;
    } finally {
      this.inflight.delete(fullKey);
    }
  }
}
