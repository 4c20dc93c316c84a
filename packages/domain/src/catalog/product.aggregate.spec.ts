import { Money } from '../shared/money.value-object';
import { Product } from './product.aggregate';
import { T0, T1, T2, usd, variant, props, validationError } from './product.spec-kit';

describe('Product.create', () => {
  it('builds a product with a slug derived from its name', () => {
    const product = Product.create(props(), T0);
    expect(product.id).toBe('p-1');
    expect(product.slug).toBe('keychron-k2-pro');
    expect(product.name).toBe('Keychron K2 — Pro!');
    expect(product.brand).toBe('Keychron');
    expect(product.categoryId).toBe('c-keyboards');
    expect(product.specifications.map((s) => s.toSnapshot())).toEqual([
      { key: 'Weight', value: '794', unit: 'g' },
      { key: 'Layout', value: '75%', unit: null },
    ]);
    expect(product.variants.map((v) => v.sku.value)).toEqual(['KC-K2-BROWN', 'KC-K2-RED']);
    expect(product.version).toBe(1);
    expect(product.createdAt).toEqual(T0);
    expect(product.updatedAt).toEqual(T0);
    expect(product.isArchived).toBe(false);
    expect(product.archivedAt).toBeNull();
    expect(product.images).toEqual([]);
  });

  it('uses an explicit slug when given', () => {
    expect(Product.create(props({ slug: ' k2-special ' }), T0).slug).toBe('k2-special');
    expect(Product.create(props({ slug: '' }), T0).slug).toBe('keychron-k2-pro');
  });

  it('trims the texts it stores', () => {
    const product = Product.create(props({ name: '  K2  ', brand: ' Keychron ', description: ' Nice. ' }), T0);
    expect([product.name, product.brand, product.description]).toEqual(['K2', 'Keychron', 'Nice.']);
  });

  it('reports the lowest variant price and whether anything is in stock', () => {
    const product = Product.create(props(), T0);
    expect(product.minPrice.toJSON()).toEqual({ amount: 7999, currency: 'USD' });
    expect(product.inStock).toBe(true);

    const soldOut = Product.create(props({ variants: [variant({ available: 0 })] }), T0);
    expect(soldOut.inStock).toBe(false);
  });

  it('records product.created', () => {
    const product = Product.create(props(), T0);
    const events = product.pullEvents();
    expect(events).toEqual([
      {
        name: 'product.created',
        aggregateId: 'p-1',
        occurredAt: T0,
        payload: { slug: 'keychron-k2-pro', name: 'Keychron K2 — Pro!', categoryId: 'c-keyboards' },
      },
    ]);
    expect(product.pullEvents()).toEqual([]);
  });

  describe('invariants', () => {
    it.each([
      ['', 'must not be blank'],
      ['   ', 'must not be blank'],
      ['x'.repeat(201), 'must be at most 200 characters'],
    ])('name %p is rejected', (name, problem) => {
      const error = validationError(() => Product.create(props({ name, slug: 'fixed' }), T0));
      expect(error.details).toEqual({ name: [problem] });
    });

    it('accepts a name of exactly 200 characters (counted as characters, not UTF-16 units)', () => {
      expect(Product.create(props({ name: 'é'.repeat(100) + '😀'.repeat(100), slug: 'emoji' }), T0).name).toHaveLength(300);
    });

    it.each([
      ['', 'must not be blank'],
      ['b'.repeat(101), 'must be at most 100 characters'],
    ])('brand %p is rejected', (brand, problem) => {
      expect(validationError(() => Product.create(props({ brand }), T0)).details).toEqual({ brand: [problem] });
    });

    it('rejects an invalid explicit slug and a name that yields no slug', () => {
      expect(validationError(() => Product.create(props({ slug: 'Not A Slug' }), T0)).details).toHaveProperty('slug');
      expect(validationError(() => Product.create(props({ name: '!!!' }), T0)).details).toHaveProperty('slug');
    });

    it('needs a category', () => {
      expect(validationError(() => Product.create(props({ categoryId: '' }), T0)).details).toEqual({
        categoryId: ['must be a category id'],
      });
    });

    it('needs at least one variant', () => {
      const error = validationError(() => Product.create(props({ variants: [] }), T0));
      expect(error.code).toBe('CATALOG.NO_VARIANTS');
      expect(error.details).toEqual({ variants: ['must contain at least one variant'] });
    });

    it('allows at most 100 variants', () => {
      const many = (n: number) =>
        Array.from({ length: n }, (_, i) => variant({ id: `v${i}`, sku: `SKU-${i}`, options: { n: String(i) } }));
      expect(Product.create(props({ variants: many(100) }), T0).variants).toHaveLength(100);
      const error = validationError(() => Product.create(props({ variants: many(101) }), T0));
      expect(error.code).toBe('CATALOG.TOO_MANY_VARIANTS');
      expect(error.details).toEqual({ variants: ['must contain at most 100 variants'] });
    });

    it.each([0, -100])('rejects the price %p on the variant that has it', (amount) => {
      const error = validationError(() =>
        Product.create(props({ variants: [variant(), variant({ id: 'v2', sku: 'B2', options: { switch: 'red' }, price: usd(amount) })] }), T0),
      );
      expect(error.code).toBe('CATALOG.INVALID_PRICE');
      expect(error.details).toEqual({ 'variants.1.price': ['must be greater than zero'] });
    });

    it('requires one currency across the variants', () => {
      const error = validationError(() =>
        Product.create(
          props({ variants: [variant(), variant({ id: 'v2', sku: 'B2', options: { switch: 'red' }, price: Money.of(8999, 'EUR') })] }),
          T0,
        ),
      );
      expect(error.code).toBe('CATALOG.MIXED_CURRENCIES');
      expect(error.details).toEqual({ 'variants.1.price': ['must be in USD like variants.0: all variants share one currency'] });
    });

    it('rejects a SKU used twice in the product, whatever its case', () => {
      const error = validationError(() =>
        Product.create(props({ variants: [variant(), variant({ id: 'v2', sku: ' KC-k2-Brown', options: { switch: 'red' } })] }), T0),
      );
      expect(error.code).toBe('CATALOG.DUPLICATE_SKU');
      expect(error.details).toEqual({ 'variants.1.sku': ['repeats the SKU KC-K2-BROWN of variants.0'] });
    });

    it('rejects a malformed SKU with the SKU rule', () => {
      const error = validationError(() => Product.create(props({ variants: [variant({ sku: 'x' })] }), T0));
      expect(error.details).toEqual({ 'variants.0.sku': ['must be 2 to 64 characters long'] });
    });

    it.each([-1, 1.5, Number.NaN])('rejects the stock level %p', (available) => {
      const error = validationError(() => Product.create(props({ variants: [variant({ available })] }), T0));
      expect(error.details).toEqual({ 'variants.0.available': ['must be a whole number from 0 to 1000000000'] });
    });

    it('rejects blank option values', () => {
      const error = validationError(() => Product.create(props({ variants: [variant({ options: { switch: '  ' } })] }), T0));
      expect(error.details).toEqual({ 'variants.0.options.switch': ['must not be blank'] });
    });

    it('rejects non-string option values', () => {
      const options = { switch: 3 } as unknown as Record<string, string>;
      const error = validationError(() => Product.create(props({ variants: [variant({ options })] }), T0));
      expect(error.details).toEqual({ 'variants.0.options.switch': ['must be a string'] });
    });

    it('rejects two variants with the same option set, regardless of key order', () => {
      const error = validationError(() =>
        Product.create(
          props({
            variants: [
              variant({ options: { switch: 'brown', layout: 'ANSI' } }),
              variant({ id: 'v2', sku: 'B2', options: { layout: 'ANSI', switch: 'brown' } }),
            ],
          }),
          T0,
        ),
      );
      expect(error.code).toBe('CATALOG.DUPLICATE_VARIANT_OPTIONS');
      expect(Object.keys(error.details ?? {})).toEqual(['variants.1.options']);
    });

    it('rejects blank specification keys and values and repeated keys', () => {
      const error = validationError(() =>
        Product.create(
          props({
            specifications: [
              { key: 'Weight', value: '794', unit: 'g' },
              { key: ' ', value: 'x' },
              { key: 'Colour', value: '' },
              { key: 'weight', value: '800' },
            ],
          }),
          T0,
        ),
      );
      expect(error.details).toEqual({
        'specifications.1.key': ['must not be blank'],
        'specifications.2.value': ['must not be blank'],
        'specifications.3.key': ['repeats the key of specifications.0'],
      });
    });

    it('reports every broken rule at once, and names them in the message', () => {
      const error = validationError(() =>
        Product.create(props({ name: '', brand: '', variants: [variant({ price: usd(0), available: -1 })] }), T0),
      );
      expect(Object.keys(error.details ?? {}).sort()).toEqual(['brand', 'name', 'variants.0.available', 'variants.0.price']);
      expect(error.message).toContain('name must not be blank');
      expect(error.message).toContain('variants.0.price must be greater than zero');
    });
  });
});

describe('Product.update', () => {
  it('replaces the given fields, bumps the version and records what changed', () => {
    const product = Product.create(props(), T0);
    product.pullEvents();
    product.update({ name: 'Keychron K2 Version 2', brand: 'Keychron Inc.' }, T1);

    expect(product.name).toBe('Keychron K2 Version 2');
    expect(product.brand).toBe('Keychron Inc.');
    expect(product.slug).toBe('keychron-k2-pro'); // renaming keeps existing links
    expect(product.version).toBe(2);
    expect(product.updatedAt).toEqual(T1);
    expect(product.createdAt).toEqual(T0);
    expect(product.pullEvents()).toEqual([
      { name: 'product.updated', aggregateId: 'p-1', occurredAt: T1, payload: { changes: ['name', 'brand'] } },
    ]);
  });

  it('changes the slug only when asked to', () => {
    const product = Product.create(props(), T0);
    product.update({ slug: 'k2' }, T1);
    expect(product.slug).toBe('k2');
    expect(validationError(() => product.update({ slug: '' }, T2)).details).toEqual({ slug: ['must not be blank'] });
  });

  it('re-checks the invariants and leaves the product untouched when they fail', () => {
    const product = Product.create(props(), T0);
    const before = product.toSnapshot();
    const error = validationError(() =>
      product.update({ name: 'New', variants: [variant(), variant({ id: 'v2', options: { switch: 'red' } })] }, T1),
    );
    expect(error.code).toBe('CATALOG.DUPLICATE_SKU');
    expect(product.toSnapshot()).toEqual(before);
    expect(validationError(() => product.update({ variants: [] }, T1)).code).toBe('CATALOG.NO_VARIANTS');
  });

  it('replaces the variants as a whole list', () => {
    const product = Product.create(props(), T0);
    product.update({ variants: [variant({ id: 'v-new', sku: 'NEW-1', price: usd(100), options: {} })] }, T1);
    expect(product.variants.map((v) => v.id)).toEqual(['v-new']);
    expect(product.minPrice.amount).toBe(100);
  });

  it('is a no-op when nothing changes', () => {
    const product = Product.create(props(), T0);
    product.pullEvents();
    product.update({ name: 'Keychron K2 — Pro!', brand: ' Keychron ' }, T1);
    expect(product.version).toBe(1);
    expect(product.updatedAt).toEqual(T0);
    expect(product.pullEvents()).toEqual([]);
  });
});

describe('Product.archive', () => {
  it('hides the product once and records product.archived once', () => {
    const product = Product.create(props(), T0);
    product.pullEvents();
    product.archive(T1);
    product.archive(T2);
    expect(product.isArchived).toBe(true);
    expect(product.archivedAt).toEqual(T1);
    expect(product.version).toBe(2);
    expect(product.pullEvents().map((e) => e.name)).toEqual(['product.archived']);
  });
});

describe('Product.setStock', () => {
  it('sets the stock of one variant and records the change', () => {
    const product = Product.create(props(), T0);
    product.pullEvents();
    product.setStock('v-red', 12, T1);
    expect(product.variant('v-red')?.available).toBe(12);
    expect(product.variant('v-brown')?.available).toBe(5);
    expect(product.version).toBe(2);
    expect(product.pullEvents()).toEqual([
      {
        name: 'product.stock_changed',
        aggregateId: 'p-1',
        occurredAt: T1,
        payload: { variantId: 'v-red', sku: 'KC-K2-RED', previous: 0, available: 12 },
      },
    ]);
  });

  it('changes inStock when the last units go', () => {
    const product = Product.create(props({ variants: [variant({ available: 1 })] }), T0);
    product.setStock('v-brown', 0, T1);
    expect(product.inStock).toBe(false);
  });

  it('does nothing when the level is unchanged', () => {
    const product = Product.create(props(), T0);
    product.setStock('v-brown', 5, T1);
    expect(product.version).toBe(1);
  });

  it('is not_found for an unknown variant', () => {
    const product = Product.create(props(), T0);
    expect(() => product.setStock('nope', 1, T1)).toThrow(
      expect.objectContaining({ code: 'CATALOG.VARIANT_NOT_FOUND', kind: 'not_found' }),
    );
  });

  it('rejects a negative or fractional level', () => {
    const product = Product.create(props(), T0);
    expect(validationError(() => product.setStock('v-brown', -1, T1)).details).toHaveProperty('available');
    expect(validationError(() => product.setStock('v-brown', 2.5, T1)).details).toHaveProperty('available');
    expect(product.variant('v-brown')?.available).toBe(5);
  });

  it('never lets a caller change a variant behind the product\'s back', () => {
    const product = Product.create(props(), T0);
    const [first] = product.variants;
    expect(() => {
      (first as { available: number }).available = 99;
    }).toThrow(TypeError);
    (product.variants as unknown as unknown[]).pop();
    expect(product.variants).toHaveLength(2);
  });
});
