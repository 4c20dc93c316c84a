import { adminProduct } from '@/testing/product-admin-fixtures';
import { formFieldOf, hasChanges, productChanges, productFormSchema, productFormValues, productToCreateRequest, type ProductFormValues } from './product-form';

describe('product form', () => {
  it('shows prices in major units and sends them in minor units without rounding', () => {
    const values = productFormValues(adminProduct());
    expect(values.variants.map((v) => v.price)).toEqual(['79.99', '84.99']);
    const create = productToCreateRequest({
      ...productFormValues(),
      name: ' Pad ',
      brand: 'Acme',
      category_id: 'c-1',
      variants: [{ variant_id: null, sku: 'PAD-1', name: 'Pad', options: [{ key: 'size', value: 'XL' }, { key: '', value: '' }], price: '79.00', available: 4 }],
    });
    expect(create).toEqual({
      name: 'Pad',
      description: '',
      brand: 'Acme',
      category_id: 'c-1',
      specifications: [],
      variants: [{ sku: 'PAD-1', name: 'Pad', options: { size: 'XL' }, price: { amount: 7900, currency: 'USD' }, available: 4 }],
    });
    // 0.1 + 0.2 style floats never reach the wire.
    expect(productToCreateRequest({ ...productFormValues(), variants: [{ variant_id: null, sku: 'A', name: 'A', options: [], price: '19.99', available: 0 }] }).variants[0].price.amount).toBe(1999);
  });

  it('sends only what changed, with the version; unchanged forms send nothing', () => {
    const product = adminProduct();
    const values = productFormValues(product);
    expect(hasChanges(productChanges(product, values, 3))).toBe(false);
    // Options typed in another order are the same options.
    const reordered: ProductFormValues = { ...values, variants: values.variants.map((v) => ({ ...v, options: [...v.options].reverse() })) };
    expect(hasChanges(productChanges(product, reordered, 3))).toBe(false);

    const changed = productChanges(product, { ...values, description: 'New', specifications: [] }, 7);
    expect(changed).toEqual({ version: 7, description: 'New', specifications: [] });

    const withNew = productChanges(product, { ...values, variants: [...values.variants, { variant_id: null, sku: 'K2-BLU', name: 'Blue', options: [{ key: 'switch', value: 'blue' }], price: '80', available: 9 }] }, 3);
    expect(withNew.variants?.[2]).toEqual({ sku: 'K2-BLU', name: 'Blue', options: { switch: 'blue' }, price: { amount: 8000, currency: 'USD' }, available: 9 });
    expect(withNew.variants?.[0]).toEqual({ id: 'v-brown', sku: 'K2-BRN', name: 'Brown switches', options: { switch: 'brown' }, price: { amount: 7999, currency: 'USD' } });
  });

  it('maps the API’s field names onto the form’s fields', () => {
    const values = productFormValues(adminProduct());
    expect(formFieldOf('slug', values)).toBe('slug');
    expect(formFieldOf('variants.1.sku', values)).toBe('variants.1.sku');
    expect(formFieldOf('variants.0.price.amount', values)).toBe('variants.0.price');
    expect(formFieldOf('variants.1.options.switch', values)).toBe('variants.1.options');
    expect(formFieldOf('variants.0.id', values)).toBe('variants.0.sku');
    expect(formFieldOf('variants', values)).toBe('variants');
    expect(formFieldOf('variants.9.sku', values)).toBe('variants');
    expect(formFieldOf('specifications.0.unit', values)).toBe('specifications.0.unit');
    expect(formFieldOf('version', values)).toBeNull();
    expect(formFieldOf('file', values)).toBeNull();
  });

  it('requires a slug only once the product exists, and checks its shape', () => {
    const base = { ...productFormValues(adminProduct()), slug: '' };
    expect(productFormSchema({ editing: false }).safeParse(base).success).toBe(true);
    const editing = productFormSchema({ editing: true }).safeParse(base);
    expect(editing.success).toBe(false);
    expect(editing.error?.issues[0]).toMatchObject({ path: ['slug'], message: 'is required' });
    const bad = productFormSchema({ editing: true }).safeParse({ ...base, slug: 'Not A Slug' });
    expect(bad.error?.issues[0].message).toMatch(/lower-case letters and digits/);
  });
});
