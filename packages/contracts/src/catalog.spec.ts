import { createProductSchema, productListQuerySchema } from './catalog';
import { issuesToDetails } from './common';

const parse = (q: Record<string, string>) => productListQuerySchema.safeParse(q);
const fieldsOf = (q: Record<string, string>) => {
  const r = parse(q);
  return r.success ? [] : Object.keys(issuesToDetails(r.error.issues));
};

describe('productListQuerySchema', () => {
  it('turns query-string values into typed filters', () => {
    const r = parse({ q: '  mechanical keyboard ', page: '2', per_page: '48', price_min: '0', price_max: '15000', in_stock: 'true', sort: 'price_asc', category: 'keyboards' });
    expect(r.success && r.data).toEqual({ q: 'mechanical keyboard', page: 2, per_page: 48, price_min: 0, price_max: 15000, in_stock: 'true', sort: 'price_asc', category: 'keyboards' });
  });

  it('drops a blank q instead of searching for nothing', () => {
    const r = parse({ q: '   ' });
    expect(r.success && r.data.q).toBeUndefined();
  });

  it.each([
    [{ per_page: '101' }, 'per_page'],
    [{ per_page: '0' }, 'per_page'],
    [{ page: '-1' }, 'page'],
    [{ page: '9999999999999999999' }, 'page'],
    [{ price_min: '12.5' }, 'price_min'],
    [{ price_max: '0x10' }, 'price_max'],
    [{ sort: 'cheapest' }, 'sort'],
    [{ in_stock: 'yes' }, 'in_stock'],
    [{ price_min: '200', price_max: '100' }, 'price_min'],
  ])('rejects %j naming %s', (q, field) => {
    expect(fieldsOf(q)).toContain(field);
  });
});

describe('createProductSchema', () => {
  const valid = {
    name: 'Keyforge K75',
    description: '',
    brand: 'Keyforge',
    category_id: '3f1c7a52-3b86-4b7e-9f2a-6a1d2b0c9e11',
    variants: [{ sku: 'KF-K75-BRN', name: 'Brown', options: { switch: 'brown' }, price: { amount: 12999, currency: 'USD' }, available: 5 }],
  };

  it('accepts a product with one variant and defaults the specifications', () => {
    const r = createProductSchema.safeParse(valid);
    expect(r.success && r.data.specifications).toEqual([]);
  });

  it('names nested fields and rejects fractional money and unknown fields', () => {
    const r = createProductSchema.safeParse({ ...valid, colour: 'red', variants: [{ ...valid.variants[0], price: { amount: 129.99, currency: 'usd' } }] });
    expect(r.success).toBe(false);
    const details = issuesToDetails(r.success ? [] : r.error.issues);
    expect(Object.keys(details)).toEqual(expect.arrayContaining(['variants.0.price.amount', 'variants.0.price.currency', 'colour']));
  });

  it('requires at least one variant', () => {
    const r = createProductSchema.safeParse({ ...valid, variants: [] });
    expect(r.success ? [] : Object.keys(issuesToDetails(r.error.issues))).toEqual(['variants']);
  });
});
