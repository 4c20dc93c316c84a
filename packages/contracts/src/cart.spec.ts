import { addCartItemSchema, applyDiscountSchema, updateCartItemSchema } from './cart';

const variantId = '3f2b8c1e-6a4d-4f7b-9c2e-1a2b3c4d5e6f';

describe('cart request schemas', () => {
  it('accepts whole quantities from 1 to 99', () => {
    expect(addCartItemSchema.parse({ variant_id: variantId, quantity: 1 })).toEqual({ variant_id: variantId, quantity: 1 });
    expect(updateCartItemSchema.parse({ quantity: 99 })).toEqual({ quantity: 99 });
  });

  it.each([0, 100, -1, 1.5, '2', null, undefined])('rejects quantity %p, naming the field', (quantity) => {
    const result = addCartItemSchema.safeParse({ variant_id: variantId, quantity });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['quantity']);
    expect(updateCartItemSchema.safeParse({ quantity }).success).toBe(false);
  });

  it('requires a UUID variant id and rejects unknown fields', () => {
    expect(addCartItemSchema.safeParse({ variant_id: 'abc', quantity: 1 }).success).toBe(false);
    expect(addCartItemSchema.safeParse({ variant_id: variantId, quantity: 1, price: 1 }).success).toBe(false);
  });

  it('trims a discount code and rejects a blank one', () => {
    expect(applyDiscountSchema.parse({ code: '  welcome10 ' })).toEqual({ code: 'welcome10' });
    expect(applyDiscountSchema.safeParse({ code: '   ' }).success).toBe(false);
    expect(applyDiscountSchema.safeParse({}).success).toBe(false);
  });
});
