import { PaymentProviderError } from '@devgear/application';
import { DomainError, outOfStock, ShippingAddress } from '@devgear/domain';
import { errorBody, toApiError } from './errors';

describe('toApiError', () => {
  it('maps a failed payment provider to 503 SERVICE_UNAVAILABLE without leaking the provider error', () => {
    const err = new PaymentProviderError('Stripe did not answer', { cause: new Error('ETIMEDOUT api.stripe.com:443 sk_test_secret') });
    const { error, unexpected } = toApiError(err);
    expect(unexpected).toBe(false);
    expect(error.status).toBe(503);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/payment provider/i);
    const body = JSON.stringify(errorBody(error, 'req-1'));
    expect(body).not.toContain('ETIMEDOUT');
    expect(body).not.toContain('sk_test');
  });

  it('still treats an unknown error as a 500 INTERNAL', () => {
    const { error, unexpected } = toApiError(new Error('relation "orders" does not exist'));
    expect(unexpected).toBe(true);
    expect(error.status).toBe(500);
    expect(error.message).not.toContain('orders');
  });
});

describe('toApiError on a DomainError: camelCase fields of the domain, snake_case on the wire', () => {
  const badAddress = () => {
    try {
      ShippingAddress.create({ name: 'Ada', line1: '1 Main St', city: '', postalCode: '10115 <b>', country: 'DE' });
    } catch (error) {
      return error;
    }
    throw new Error('expected the address to be refused');
  };

  it('names each field of the details, and the same fields in the message, as the wire does', () => {
    const err = badAddress() as DomainError;
    expect(Object.keys(err.details!)).toEqual(expect.arrayContaining(['shippingAddress.city', 'shippingAddress.postalCode']));
    const { error } = toApiError(err);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.details).toEqual({
      'shipping_address.city': ['must not be blank'],
      'shipping_address.postal_code': ['must contain only letters, digits, spaces and hyphens'],
    });
    expect(error.message).toContain('shipping_address.postal_code must contain only letters');
    expect(error.message).not.toMatch(/shippingAddress|postalCode/);
  });

  it('keeps keys that are not field names (the variant ids of OUT_OF_STOCK) and list indexes as they are', () => {
    const id = '0F3C2B1A-9D8E-4F7A-8B6C-5D4E3F2A1B0C';
    const { error } = toApiError(outOfStock([{ variantId: id, available: 2 }]));
    expect(error.details).toEqual({ [id]: ['only 2 available'] });
    expect(error.message).toBe(`Not enough stock: ${id} (only 2 available)`);
    const listed = toApiError(new DomainError('CATALOG.DUPLICATE_SKU', 'Invalid product: variants.1.unitPrice is wrong', 'validation', { 'variants.1.unitPrice': ['is wrong'] }));
    expect(listed.error.details).toEqual({ 'variants.1.unit_price': ['is wrong'] });
    expect(listed.error.message).toBe('Invalid product: variants.1.unit_price is wrong');
  });

  it('leaves words of the message that are not a field of the details alone', () => {
    const { error } = toApiError(new DomainError('X.Y', 'The iPhone case: startsAt must be after endsAt', 'validation', { endsAt: ['must be after starts_at'] }));
    expect(error.message).toBe('The iPhone case: startsAt must be after ends_at');
    expect(error.details).toEqual({ ends_at: ['must be after starts_at'] });
  });
});
