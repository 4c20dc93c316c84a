import type { CatalogLiveState, ProductLiveFields } from '../../ports/catalog-live-state.port';
import type { CatalogReadModel, ProductDetailView, ProductSummaryView } from '../../ports/catalog-read-model.port';
import { LiveCatalogReadModel } from './live-catalog.read-model';

const summary = (id: string, inStock: boolean): ProductSummaryView => ({
  id,
  slug: id,
  name: `Product ${id}`,
  brand: 'Keyforge',
  category: { id: 'c', slug: 'keyboards', name: 'Keyboards' },
  price: { amount: 9900, currency: 'USD' },
  rating: { average: 4, count: 2 },
  image: null,
  inStock,
});

const detail: ProductDetailView = {
  ...summary('k75', true),
  description: 'A keyboard',
  specifications: [],
  images: [],
  variants: [
    { id: 'v1', sku: 'K75-RED', name: 'Red', options: {}, price: { amount: 9900, currency: 'USD' }, available: 3 },
    { id: 'v2', sku: 'K75-BRN', name: 'Brown', options: {}, price: { amount: 9900, currency: 'USD' }, available: 1 },
  ],
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
};

function setup() {
  const cached = { items: [summary('k75', true), summary('hhkb', false)], total: 2, facets: { categories: [], brands: [], price: { min: null, max: null } } };
  const inner: CatalogReadModel = {
    listProducts: async () => cached,
    getProduct: async (key) => (key === 'k75' ? detail : null),
    listCategories: async () => [],
    getSummaries: async (ids) => cached.items.filter((p) => ids.includes(p.id)),
  };
  const fields = new Map<string, ProductLiveFields>();
  const live: CatalogLiveState = { get: (id) => fields.get(id), generation: () => 0 };
  return { model: new LiveCatalogReadModel(inner, live), fields, cached };
}

describe('LiveCatalogReadModel', () => {
  it('shows the live stock and rating of listed products over the cached ones', async () => {
    const s = setup();
    s.fields.set('k75', { inStock: false, rating: { average: 4.5, count: 3 }, available: new Map([['v1', 0]]) });
    const result = await s.model.listProducts({ sort: 'newest', page: 1, perPage: 24 });
    expect(result.items.map((p) => [p.id, p.inStock, p.rating])).toEqual([
      ['k75', false, { average: 4.5, count: 3 }],
      ['hhkb', false, { average: 4, count: 2 }], // not known live: the read model's values stand
    ]);
    expect(result.total).toBe(2);
    expect(s.cached.items[0].inStock).toBe(true); // the cached value itself is untouched
  });

  it('shows live stock and ratings in summaries by id (wishlists, recommendations, blog posts)', async () => {
    const s = setup();
    s.fields.set('hhkb', { inStock: true, rating: { average: 5, count: 1 }, available: new Map([['v9', 2]]) });
    const [hhkb] = await s.model.getSummaries(['hhkb']);
    expect(hhkb).toMatchObject({ id: 'hhkb', inStock: true, rating: { average: 5, count: 1 } });
  });

  it('shows each variant’s live units on the product page', async () => {
    const s = setup();
    s.fields.set('k75', { inStock: true, rating: { average: 4, count: 2 }, available: new Map([['v1', 0], ['v2', 7]]) });
    const p = await s.model.getProduct('k75');
    expect(p?.variants.map((v) => [v.sku, v.available])).toEqual([
      ['K75-RED', 0],
      ['K75-BRN', 7],
    ]);
    expect(detail.variants[0].available).toBe(3);
    expect(await s.model.getProduct('nope')).toBeNull();
  });

  it('keeps a variant the live state does not know yet as read', async () => {
    const s = setup();
    s.fields.set('k75', { inStock: false, rating: { average: 0, count: 0 }, available: new Map([['v1', 0]]) });
    const p = await s.model.getProduct('k75');
    expect(p?.variants.map((v) => v.available)).toEqual([0, 1]);
    expect(p?.inStock).toBe(false);
  });
});
