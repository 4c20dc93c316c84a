import { listingQuery, productQuery, searchTerms } from './catalog-queries';

describe('searchTerms', () => {
  it.each([
    ['USB-C cable', ['usb', 'c', 'cable']],
    ['  27" monitor ', ['27', 'monitor']],
    ["Hacker's desk", ['hacker', 's', 'desk']],
    ['Über 日本語', ['über', '日本語']],
    ['% _ \\ -- ;', []],
    ['a a A', ['a']],
    ['one two three four five six seven eight nine', ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']],
  ])('%j -> %j', (q, terms) => {
    expect(searchTerms(q)).toEqual(terms);
  });
});

describe('listingQuery', () => {
  it('binds every user value as a parameter', () => {
    const evil = "x'); DROP TABLE products; --";
    const { text, values } = listingQuery({ q: evil, categorySlug: evil, brand: evil, priceMin: 1, priceMax: 2, inStock: true, sort: 'relevance', page: 2, perPage: 10 });
    expect(text).not.toContain('DROP TABLE');
    expect(values).toEqual(expect.arrayContaining([evil, evil, 1, 2, 10, 10]));
    // Placeholders and values agree.
    const used = new Set([...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(values.map((_, i) => i + 1));
  });

  it('asks for the page by offset', () => {
    const { values } = listingQuery({ sort: 'newest', page: 3, perPage: 24 });
    expect(values).toEqual([24, 48]);
  });
});

describe('productQuery', () => {
  it('looks up an id, or a slug, and nothing else', () => {
    expect(productQuery('0B8A6F6C-8D2B-4C3E-9D6A-6F1E2B3C4D5E')?.values).toEqual(['0b8a6f6c-8d2b-4c3e-9d6a-6f1e2b3c4d5e']);
    expect(productQuery('keyforge-k75')?.values).toEqual(['keyforge-k75']);
    expect(productQuery("x'; select 1; --")).toBeNull();
    expect(productQuery('a\u0000b')).toBeNull();
  });
});
