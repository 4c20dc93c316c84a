import { DEFAULT_PER_PAGE, productListQuerySchema } from '@devgear/contracts';
import { parseCatalogSearchParams } from './catalog-url-state';

/**
 * The catalog reads its URL without zod (the first download stays small); each value it keeps
 * must be exactly what the API's schema would accept, and each it drops one the schema rejects.
 */
describe('catalog URL parsing agrees with the contract schema', () => {
  const samples: Record<string, string[]> = {
    q: ['keyboard', '  spaced  ', '', '   ', 'x'.repeat(200), 'x'.repeat(201)],
    category: ['keyboards', 'mechanical-keyboards', 'Not A Slug', 'a--b', '-a', 'a'.repeat(100), 'a'.repeat(101)],
    brand: ['Keychron', ' Das Keyboard ', '', 'b'.repeat(100), 'b'.repeat(101)],
    price_min: ['0', '5000', '100000000', '100000001', '-1', '1e3', '0x10', ' 5', '1.5', 'ten', '99999999999999999999'],
    price_max: ['0', '20000', '100000001', '1.5'],
    page: ['1', '3', '0', '-2', '100000', '100001', 'two'],
    per_page: ['1', '12', '100', '101', '0', '24.0'],
    sort: ['newest', 'price_asc', 'name_asc', 'cheapest', 'NEWEST', ''],
    in_stock: ['true', 'false', 'yes', ''],
  };

  it.each(Object.entries(samples))('%s', (key, values) => {
    for (const raw of values) {
      const parsed = parseCatalogSearchParams(new URLSearchParams({ [key]: raw }));
      const byContract = productListQuerySchema.safeParse({ [key]: raw });
      const contractValue = byContract.success ? (byContract.data as Record<string, unknown>)[key] : undefined;
      const ours = (parsed as unknown as Record<string, unknown>)[key];
      if (key === 'in_stock') expect([raw, ours]).toEqual([raw, contractValue === 'true' ? true : undefined]);
      else if (key === 'page') expect([raw, ours]).toEqual([raw, contractValue ?? 1]);
      else if (key === 'per_page') expect([raw, ours]).toEqual([raw, contractValue ?? DEFAULT_PER_PAGE]);
      else if (key === 'sort') expect([raw, ours]).toEqual([raw, contractValue ?? 'newest']);
      else expect([raw, ours]).toEqual([raw, contractValue]);
    }
  });
});
