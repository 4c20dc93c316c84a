import { DomainError } from '@devgear/domain';
import {
  InMemoryCatalogReadModel,
  InMemoryCategoryRepository,
  InMemoryProductRepository,
  productFixture,
} from '../../testing';
import { BrowseProductsUseCase } from './browse-products.use-case';

const day = (n: number) => new Date(Date.UTC(2025, 0, n));

function setup() {
  const categories = new InMemoryCategoryRepository([
    { id: 'c-periph', slug: 'peripherals', name: 'Peripherals', parentId: null },
    { id: 'c-kb', slug: 'keyboards', name: 'Keyboards', parentId: 'c-periph' },
    { id: 'c-mech', slug: 'mechanical-keyboards', name: 'Mechanical keyboards', parentId: 'c-kb' },
    { id: 'c-mice', slug: 'mice', name: 'Mice', parentId: 'c-periph' },
    { id: 'c-audio', slug: 'audio', name: 'Audio', parentId: null },
  ]);
  const products = new InMemoryProductRepository([
    productFixture({ id: 'k2', name: 'Keychron K2', brand: 'Keychron', categoryId: 'c-mech', createdAt: day(1), variants: [{ price: 8999, available: 3 }] }),
    productFixture({ id: 'hhkb', name: 'HHKB Professional', brand: 'PFU', categoryId: 'c-kb', createdAt: day(2), variants: [{ price: 25000, available: 0 }] }),
    productFixture({ id: 'mx', name: 'MX Master 3S', brand: 'Logitech', categoryId: 'c-mice', createdAt: day(3), description: 'A mouse that loves keyboard shortcuts.', variants: [{ price: 9999, available: 10 }] }),
    productFixture({ id: 'hd', name: 'HD 600', brand: 'Sennheiser', categoryId: 'c-audio', createdAt: day(4), variants: [{ price: 39900, available: 2 }] }),
    productFixture({ id: 'old', name: 'Old keyboard', brand: 'Keychron', categoryId: 'c-kb', createdAt: day(5), archived: true }),
  ]);
  const catalog = new InMemoryCatalogReadModel(products, categories);
  return { catalog, useCase: new BrowseProductsUseCase(catalog) };
}

describe('BrowseProductsUseCase', () => {
  it('lists the newest visible products first with defaults page 1, 24 per page', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute();
    expect(result.items.map((p) => p.id)).toEqual(['hd', 'mx', 'hhkb', 'k2']);
    expect(result.total).toBe(4);
    expect(result.page).toBe(1);
    expect(result.perPage).toBe(24);
    expect(catalog.queries[0]).toEqual({ sort: 'newest', page: 1, perPage: 24 });
  });

  it('includes sub-categories when browsing a category', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute({ categorySlug: 'keyboards' });
    expect(result.items.map((p) => p.id).sort()).toEqual(['hhkb', 'k2']);
    expect(catalog.queries[0].categorySlug).toBe('keyboards');

    const all = await useCase.execute({ categorySlug: 'peripherals' });
    expect(all.items.map((p) => p.id).sort()).toEqual(['hhkb', 'k2', 'mx']);
    expect(all.facets.categories).toEqual([
      { slug: 'keyboards', count: 1 },
      { slug: 'mechanical-keyboards', count: 1 },
      { slug: 'mice', count: 1 },
    ]);
  });

  it('shows an empty page for an unknown category instead of failing (stale shared links)', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute({ categorySlug: 'discontinued-gadgets', page: 2, perPage: 10 });
    expect(result).toEqual({
      items: [],
      total: 0,
      facets: { categories: [], brands: [], price: { min: null, max: null } },
      page: 2,
      perPage: 10,
    });
    expect(catalog.queries[0].categorySlug).toBe('discontinued-gadgets');
  });

  it('sorts by relevance by default when searching', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute({ q: '  keyboard ' });
    expect(catalog.queries[0]).toMatchObject({ q: 'keyboard', sort: 'relevance' });
    // 'mx' only mentions keyboards in its description; none of the names contain "keyboard"
    expect(result.items.map((p) => p.id)).toEqual(['mx']);
  });

  it('falls back to newest when relevance is asked for without a search', async () => {
    const { useCase, catalog } = setup();
    await useCase.execute({ sort: 'relevance', q: '   ' });
    expect(catalog.queries[0].sort).toBe('newest');
    expect(catalog.queries[0].q).toBeUndefined();
  });

  it('keeps an explicit sort', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute({ q: 'k', sort: 'price_asc' });
    expect(catalog.queries[0].sort).toBe('price_asc');
    expect(result.items.map((p) => p.id)).toEqual(['k2', 'mx', 'hhkb']);
    expect(result.items.map((p) => p.price.amount)).toEqual([...result.items.map((p) => p.price.amount)].sort((a, b) => a - b));
  });

  it('filters by brand, price range and stock, and reports facets of the match', async () => {
    const { useCase } = setup();
    const result = await useCase.execute({ priceMin: 9000, priceMax: 30000, inStock: true });
    expect(result.items.map((p) => p.id)).toEqual(['mx']);
    expect(result.facets).toEqual({
      categories: [{ slug: 'mice', count: 1 }],
      brands: [{ name: 'Logitech', count: 1 }],
      price: { min: 9999, max: 9999 },
    });

    const keychron = await useCase.execute({ brand: ' keychron ' });
    expect(keychron.items.map((p) => p.id)).toEqual(['k2']);
  });

  it('does not filter on stock when inStock is false', async () => {
    const { useCase, catalog } = setup();
    const result = await useCase.execute({ inStock: false });
    expect(result.total).toBe(4);
    expect(catalog.queries[0].inStock).toBeUndefined();
  });

  it('pages through the results', async () => {
    const { useCase } = setup();
    const second = await useCase.execute({ page: 2, perPage: 3 });
    expect(second.items.map((p) => p.id)).toEqual(['k2']);
    expect(second.total).toBe(4);
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ perPage: 0 }, 'perPage'],
    [{ perPage: 101 }, 'perPage'],
    [{ perPage: 2.5 }, 'perPage'],
    [{ priceMin: -1 }, 'priceMin'],
    [{ priceMin: 500, priceMax: 100 }, 'priceMin'],
    [{ sort: 'cheapest' as never }, 'sort'],
  ])('rejects %p naming %s rather than clamping it', async (input, field) => {
    const { useCase } = setup();
    const error = await useCase.execute(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('validation');
    expect(Object.keys((error as DomainError).details ?? {})).toEqual([field]);
  });
});
