import { DomainError } from '../shared/domain-error';
import { ShippingAddress } from './shipping-address.value-object';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('ShippingAddress', () => {
  it('trims texts, stores blanks as null and the country upper-case', () => {
    const address = ShippingAddress.create({ name: ' Ada ', line1: '1 Main St', line2: '  ', city: 'Berlin', state: null, postalCode: '10115', country: 'de' });
    expect(address.toSnapshot()).toEqual({ name: 'Ada', line1: '1 Main St', line2: null, city: 'Berlin', state: null, postalCode: '10115', country: 'DE', phone: null });
    expect(JSON.parse(JSON.stringify({ a: address })).a.country).toBe('DE');
  });

  it('names every bad field under shipping_address', () => {
    const error = errorOf(() => ShippingAddress.create({ name: '', line1: 'x'.repeat(201), city: ' ', postalCode: '#12', country: 'XX' }));
    expect(error.code).toBe('ORDER.INVALID_ADDRESS');
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({
      'shippingAddress.name': ['must not be blank'],
      'shippingAddress.line1': ['must be at most 200 characters'],
      'shippingAddress.city': ['must not be blank'],
      'shippingAddress.postalCode': ['must contain only letters, digits, spaces and hyphens'],
      'shippingAddress.country': ['must be an ISO 3166-1 alpha-2 country code such as US or DE'],
    });
  });

  it('carries the recipient\'s phone for the carrier, checked like the address book\'s', () => {
    const input = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };
    expect(ShippingAddress.create({ ...input, phone: ' +49 30 1234567 ' }).phone).toBe('+49 30 1234567');
    expect(ShippingAddress.create({ ...input, phone: '  ' }).phone).toBeNull();
    expect(errorOf(() => ShippingAddress.create({ ...input, phone: 'call me' })).details).toEqual({
      'shippingAddress.phone': ['must be a phone number of 5 to 15 digits, optionally starting with + (spaces, dots, dashes and brackets allowed)'],
    });
    expect(errorOf(() => ShippingAddress.create({ ...input, phone: '123' })).details).toHaveProperty(['shippingAddress.phone']);
    // Part of the address: an order to the same door with another phone is another address.
    expect(ShippingAddress.create({ ...input, phone: '+49 30 1' + '234567' }).equals(ShippingAddress.create(input))).toBe(false);
  });

  it('refuses a missing address', () => {
    expect(errorOf(() => ShippingAddress.create(null as never)).details).toEqual({ shippingAddress: ['must be an address'] });
  });

  it('compares by value', () => {
    const input = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };
    expect(ShippingAddress.create(input).equals(ShippingAddress.create({ ...input, country: 'de', line2: '' }))).toBe(true);
    expect(ShippingAddress.create(input).equals(ShippingAddress.create({ ...input, city: 'Bonn' }))).toBe(false);
  });
});
