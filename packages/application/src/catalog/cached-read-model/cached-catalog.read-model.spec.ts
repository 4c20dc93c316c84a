import type { Cache } from '../../ports/cache.port';
import type { CatalogReadModel, ProductListCriteria } from '../../ports/catalog-read-model.port';
import { CachedCatalogReadModel } from './cached-catalog.read-model';

class MapCache implements Cache {
  readonly data = new Map<string, string>();
  async get(key: string) {
    return this.data.get(key) ?? null;
  }
  async set(key: string, value: string) {
    this.data.set(key, value);
  }
  async increment(key: string) {
    const next = Number(this.data.get(key) ?? '0') + 1;
    this.data.set(key, String(next));
    return next;
  }
}

const criteria: ProductListCriteria = { sort: 'newest', page: 1, perPage: 24 };

function setup() {
  let calls = 0;
  let name = 'Keyforge K75';
  const inner: CatalogReadModel = {
    listProducts: async () => {
      calls += 1;
      return { items: [{ name } as never], total: 1, facets: { categories: [], brands: [], price: { min: null, max: null } } };
    },
    getProduct: async (key) => (key === 'k75' ? ({ id: '1', slug: 'k75', name, createdAt: new Date('2026-01-01T00:00:00Z'), updatedAt: new Date('2026-02-01T00:00:00Z') } as never) : null),
    listCategories: async () => [],
  };
  const cache = new MapCache();
  let now = 0;
  const model = new CachedCatalogReadModel(inner, cache, { ttlSeconds: 60, versionTtlMs: 1000, now: () => now });
  return {
    model,
    cache,
    calls: () => calls,
    rename: (n: string) => (name = n),
    advance: (ms: number) => (now += ms),
  };
}

describe('CachedCatalogReadModel', () => {
  it('serves a repeated listing from the cache', async () => {
    const s = setup();
    await s.model.listProducts(criteria);
    const again = await s.model.listProducts(criteria);
    expect(s.calls()).toBe(1);
    expect(again.items[0]).toEqual({ name: 'Keyforge K75' });
  });

  it('keeps different filters apart', async () => {
    const s = setup();
    await s.model.listProducts(criteria);
    await s.model.listProducts({ ...criteria, brand: 'Keyforge' });
    await s.model.listProducts({ ...criteria, page: 2 });
    expect(s.calls()).toBe(3);
  });

  it('drops every cached listing when the catalog changes', async () => {
    const s = setup();
    await s.model.listProducts(criteria);
    s.rename('Keyforge K75 Pro');
    await s.model.invalidate();
    const fresh = await s.model.listProducts(criteria);
    expect(fresh.items[0]).toEqual({ name: 'Keyforge K75 Pro' });
    expect(s.calls()).toBe(2);
  });

  it('sees an invalidation made by another instance within the version TTL', async () => {
    const s = setup();
    const other = new CachedCatalogReadModel({} as CatalogReadModel, s.cache, { ttlSeconds: 60, versionTtlMs: 1000 });
    await s.model.listProducts(criteria);
    await other.invalidate();
    await s.model.listProducts(criteria);
    expect(s.calls()).toBe(1); // still trusting its version
    s.advance(1001);
    await s.model.listProducts(criteria);
    expect(s.calls()).toBe(2);
  });

  it('shares one load between concurrent misses', async () => {
    const s = setup();
    await Promise.all(Array.from({ length: 20 }, () => s.model.listProducts(criteria)));
    expect(s.calls()).toBe(1);
  });

  it('keeps in-stock listings and rating sorts on this instance only, retired when the live generation moves', async () => {
    const s = setup();
    let generation = 0;
    const model = new CachedCatalogReadModel(
      { listProducts: async () => ({ items: [], total: generation, facets: { categories: [], brands: [], price: { min: null, max: null } } }) } as never,
      s.cache,
      { ttlSeconds: 60, versionTtlMs: 1000, liveGeneration: () => generation },
    );
    expect((await model.listProducts({ ...criteria, inStock: true })).total).toBe(0);
    expect((await model.listProducts({ ...criteria, sort: 'rating_desc' })).total).toBe(0);
    expect([...s.cache.data.keys()].filter((k) => k.includes('list'))).toEqual([]); // nothing shared
    generation = 1;
    expect((await model.listProducts({ ...criteria, inStock: true })).total).toBe(1);
    expect((await model.listProducts({ ...criteria, sort: 'rating_desc' })).total).toBe(1);
    // Other listings do not depend on live fields: shared, and kept across generations.
    await model.listProducts(criteria);
    generation = 2;
    expect((await model.listProducts(criteria)).total).toBe(1);
    expect([...s.cache.data.keys()].filter((k) => k.includes('list'))).toHaveLength(1);
  });

  it('reports the version it trusts without I/O until the version TTL passes', async () => {
    const s = setup();
    expect(s.model.trustedVersion()).toBeNull();
    expect(await s.model.currentVersion()).toBe('0');
    expect(s.model.trustedVersion()).toBe('0');
    await s.model.invalidate();
    expect(s.model.trustedVersion()).toBe('1');
    s.advance(1001);
    expect(s.model.trustedVersion()).toBeNull();
  });

  it('round-trips dates and remembers unknown products', async () => {
    const s = setup();
    const p = await s.model.getProduct('k75');
    const cached = await s.model.getProduct('k75');
    expect(cached?.createdAt).toEqual(p?.createdAt);
    expect(cached?.createdAt).toBeInstanceOf(Date);
    expect(await s.model.getProduct('nope')).toBeNull();
  });
});
