import { DomainError } from '../shared/domain-error';
import { Address, type AddressInput } from './address.entity';

const T0 = new Date('2025-01-10T10:00:00.000Z');

function input(overrides: Partial<AddressInput> = {}): AddressInput {
  return {
    id: 'a-1',
    label: 'Home',
    name: 'Ada Lovelace',
    line1: '12 St James Square',
    line2: null,
    city: 'London',
    state: null,
    postalCode: 'SW1Y 4JH',
    country: 'gb',
    phone: '+44 20 7946 0958',
    ...overrides,
  };
}

function validationError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.kind).toBe('validation');
      return error;
    }
    throw error;
  }
  throw new Error('expected a validation DomainError, nothing was thrown');
}

describe('Address.create', () => {
  it('trims text, upper-cases the country and stores blank optional fields as null', () => {
    const address = Address.create(input({ name: '  Ada Lovelace ', line2: '   ', state: '', label: undefined }), T0);
    expect(address.toSnapshot()).toEqual({
      id: 'a-1',
      label: null,
      name: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: null,
      city: 'London',
      state: null,
      postalCode: 'SW1Y 4JH',
      country: 'GB',
      phone: '+44 20 7946 0958',
      isDefaultShipping: false,
      createdAt: T0,
    });
  });

  it('reports every bad field at once under its field name', () => {
    const error = validationError(() =>
      Address.create(input({ name: ' ', line1: '', city: 'x'.repeat(101), postalCode: '', country: 'XX', phone: 'call me' }), T0),
    );
    expect(error.code).toBe('IDENTITY.INVALID_ADDRESS');
    expect(error.details).toEqual({
      name: ['must not be blank'],
      line1: ['must not be blank'],
      city: ['must be at most 100 characters'],
      postalCode: ['must not be blank'],
      country: ['must be an ISO 3166-1 alpha-2 country code such as US or DE'],
      phone: [expect.stringContaining('must be a phone number of 5 to 15 digits')],
    });
  });

  it.each(['10115', 'SW1A 1AA', 'K1A 0B1', '94105-1234'])('accepts the postal code %p', (postalCode) => {
    expect(Address.create(input({ postalCode }), T0).postalCode).toBe(postalCode);
  });

  it.each(['#1234', '-123', '12/34'])('rejects the postal code %p', (postalCode) => {
    expect(validationError(() => Address.create(input({ postalCode }), T0)).details).toEqual({
      postalCode: ['must contain only letters, digits, spaces and hyphens'],
    });
  });

  it.each(['+1 (415) 555-0132', '030 1234567', '+4930123456'])('accepts the phone number %p', (phone) => {
    expect(Address.create(input({ phone }), T0).phone).toBe(phone);
  });

  it.each(['1234', '+1234567890123456', '555-CALL-NOW', '++49 30 123'])('rejects the phone number %p', (phone) => {
    expect(Object.keys(validationError(() => Address.create(input({ phone }), T0)).details ?? {})).toEqual(['phone']);
  });

  it('rejects a non-string optional field instead of ignoring it', () => {
    const error = validationError(() => Address.create(input({ line2: 42 as unknown as string }), T0));
    expect(error.details).toEqual({ line2: ['must be a string'] });
  });

  it('needs an id', () => {
    expect(validationError(() => Address.create(input({ id: '' }), T0)).details).toEqual({ id: ['must be a non-empty id'] });
  });
});

describe('Address.withChanges', () => {
  it('replaces the given fields, clears optional ones given null and keeps the rest', () => {
    const address = Address.create(input(), T0, true);
    const changed = address.withChanges({ city: 'Cambridge', phone: null, label: undefined });
    expect(changed.city).toBe('Cambridge');
    expect(changed.phone).toBeNull();
    expect(changed.label).toBe('Home');
    expect(changed.isDefaultShipping).toBe(true);
    expect(changed.createdAt).toEqual(T0);
    expect(address.city).toBe('London'); // the original is untouched
  });

  it('refuses null for a required field', () => {
    const address = Address.create(input(), T0);
    expect(validationError(() => address.withChanges({ city: null as unknown as string })).details).toEqual({ city: ['must be a string'] });
  });

  it('compares content regardless of id and default flag', () => {
    const a = Address.create(input(), T0, true);
    expect(a.sameContentAs(Address.create(input({ id: 'other', country: 'GB' }), T0))).toBe(true);
    expect(a.sameContentAs(a.withChanges({ line2: 'Flat 2' }))).toBe(false);
  });

  it('is immutable', () => {
    const address = Address.create(input(), T0);
    expect(() => {
      (address as { city: string }).city = 'Paris';
    }).toThrow(TypeError);
  });
});
