import { availableSorts, catalogHref, toProductListParams } from './catalog-search-params';
import { applyCatalogPatch, parseCatalogSearchParams } from './catalog-url-state';

const parse = (qs: string) => parseCatalogSearchParams(new URLSearchParams(qs));
const patch = (qs: string, p: Parameters<typeof applyCatalogPatch>[1]) => applyCatalogPatch(new URLSearchParams(qs), p).toString();

describe('catalog URL state', () => {
  it('reads every filter with the API names and units', () => {
    expect(
      parse('q=keyboard&category=keyboards&brand=Keychron&price_min=5000&price_max=20000&in_stock=true&sort=price_asc&page=3&per_page=12'),
    ).toEqual({
      q: 'keyboard',
      category: 'keyboards',
      brand: 'Keychron',
      price_min: 5000,
      price_max: 20000,
      in_stock: true,
      sort: 'price_asc',
      page: 3,
      per_page: 12,
    });
  });

  it('defaults to newest, page 1, 24 per page; relevance when searching', () => {
    expect(parse('')).toMatchObject({ sort: 'newest', page: 1, per_page: 24 });
    expect(parse('q=mouse')).toMatchObject({ sort: 'relevance' });
  });

  it('ignores values the API would reject instead of failing the page', () => {
    expect(parse('sort=cheapest&page=0&per_page=500&price_min=ten&category=Not%20A%20Slug&in_stock=yes')).toEqual({
      q: undefined,
      category: undefined,
      brand: undefined,
      price_min: undefined,
      price_max: undefined,
      in_stock: undefined,
      sort: 'newest',
      page: 1,
      per_page: 24,
    });
    // min above max cannot match anything: drop the range.
    expect(parse('price_min=900&price_max=100')).toMatchObject({ price_min: undefined, price_max: undefined });
    // relevance without a search has nothing to rank by.
    expect(parse('sort=relevance').sort).toBe('newest');
  });

  it('offers relevance only while searching', () => {
    expect(availableSorts(undefined)).toEqual(['newest', 'price_asc', 'price_desc', 'rating_desc', 'name_asc']);
    expect(availableSorts('cable')).toHaveLength(6);
  });

  it('returns to page 1 when a filter or the sort changes, not when paging', () => {
    expect(patch('brand=Keychron&page=4', { in_stock: true })).toBe('brand=Keychron&in_stock=true');
    expect(patch('page=4', { sort: 'price_desc' })).toBe('sort=price_desc');
    expect(patch('page=4&per_page=12', { per_page: 48 })).toBe('per_page=48');
    expect(patch('brand=Keychron', { page: 2 })).toBe('brand=Keychron&page=2');
  });

  it('ranks a new search by relevance unless the shopper chose a sort', () => {
    expect(patch('', { q: 'desk mat' })).toBe('q=desk+mat');
    expect(parse(patch('', { q: 'desk mat' })).sort).toBe('relevance');
    expect(patch('sort=price_asc', { q: 'desk mat' })).toBe('q=desk+mat&sort=price_asc');
    // Leaving the search drops relevance.
    expect(patch('q=desk&sort=rating_desc', { q: undefined })).toBe('sort=rating_desc');
    expect(parse(patch('q=desk', { q: undefined })).sort).toBe('newest');
  });

  it('keeps links short by leaving out defaults', () => {
    expect(catalogHref({})).toBe('/products');
    expect(catalogHref({ category: 'keyboards' })).toBe('/products?category=keyboards');
    expect(catalogHref({ sort: 'newest' })).toBe('/products');
    expect(catalogHref({ sort: 'rating_desc' })).toBe('/products?sort=rating_desc');
  });

  it('maps the state to GET /products parameters', () => {
    expect(toProductListParams(parse('brand=Keychron&in_stock=true&price_max=10000'))).toEqual({
      brand: 'Keychron',
      in_stock: true,
      price_max: 10000,
      sort: 'newest',
      page: 1,
      per_page: 24,
    });
  });
});
