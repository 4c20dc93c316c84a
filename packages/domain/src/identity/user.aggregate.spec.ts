import { DomainError } from '../shared/domain-error';
import type { AddressInput } from './address.entity';
import { User, type RegisterUserProps } from './user.aggregate';

const T0 = new Date('2025-01-10T10:00:00.000Z');
const T1 = new Date('2025-01-11T10:00:00.000Z');
const T2 = new Date('2025-01-12T10:00:00.000Z');
const T3 = new Date('2025-01-13T10:00:00.000Z');

function props(overrides: Partial<RegisterUserProps> = {}): RegisterUserProps {
  return { id: 'u-1', email: ' Ada@Example.COM ', firstName: ' Ada ', lastName: 'Lovelace', passwordHash: 'hash-1', ...overrides };
}

function address(id: string, overrides: Partial<AddressInput> = {}): AddressInput {
  return { id, name: 'Ada Lovelace', line1: `${id} Analytical Street`, city: 'London', postalCode: 'N1 9GU', country: 'GB', ...overrides };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

function defaults(user: User): string[] {
  return user.addresses.filter((a) => a.isDefaultShipping).map((a) => a.id);
}

describe('User.register', () => {
  it('creates a customer with a normalised email and trimmed names, and records user.registered', () => {
    const user = User.register(props(), T0);
    expect(user.id).toBe('u-1');
    expect(user.email).toBe('ada@example.com');
    expect(user.firstName).toBe('Ada');
    expect(user.lastName).toBe('Lovelace');
    expect(user.role).toBe('customer');
    expect(user.isAdmin).toBe(false);
    expect(user.passwordHash).toBe('hash-1');
    expect(user.addresses).toEqual([]);
    expect(user.defaultShippingAddress).toBeNull();
    expect(user.createdAt).toEqual(T0);
    expect(user.updatedAt).toEqual(T0);
    expect(user.pullEvents()).toEqual([
      { name: 'user.registered', aggregateId: 'u-1', occurredAt: T0, payload: { userId: 'u-1', email: 'ada@example.com' } },
    ]);
    expect(user.pullEvents()).toEqual([]);
  });

  it('can create an admin', () => {
    expect(User.register(props({ role: 'admin' }), T0).isAdmin).toBe(true);
  });

  it('reports every bad field under its field name', () => {
    const error = errorOf(() =>
      User.register(props({ email: 'nope', firstName: '', lastName: 'x'.repeat(101), role: 'root' as never, passwordHash: '' }), T0),
    );
    expect(error.kind).toBe('validation');
    expect(error.code).toBe('EMAIL.INVALID');
    expect(error.details).toEqual({
      email: ['must be an email address like name@example.com'],
      firstName: ['must not be blank'],
      lastName: ['must be at most 100 characters'],
      role: ['must be one of customer, admin'],
      password: ['must be set'],
    });
  });

  it('counts name length in characters, not UTF-16 units', () => {
    expect(User.register(props({ firstName: '😀'.repeat(100) }), T0).firstName).toHaveLength(200);
    expect(errorOf(() => User.register(props({ firstName: '😀'.repeat(101) }), T0)).details).toEqual({
      firstName: ['must be at most 100 characters'],
    });
  });
});

describe('User profile, role and password', () => {
  it('updates the given names only and moves updatedAt', () => {
    const user = User.register(props(), T0);
    expect(user.updateProfile({ lastName: ' Byron ' }, T1)).toBe(true);
    expect([user.firstName, user.lastName]).toEqual(['Ada', 'Byron']);
    expect(user.updatedAt).toEqual(T1);
  });

  it('does nothing when the names do not change', () => {
    const user = User.register(props(), T0);
    expect(user.updateProfile({ firstName: 'Ada  ', lastName: 'Lovelace' }, T1)).toBe(false);
    expect(user.updatedAt).toEqual(T0);
  });

  it('rejects a blank name and keeps the old ones', () => {
    const user = User.register(props(), T0);
    const error = errorOf(() => user.updateProfile({ firstName: 'Augusta', lastName: '  ' }, T1));
    expect(error.details).toEqual({ lastName: ['must not be blank'] });
    expect([user.firstName, user.lastName]).toEqual(['Ada', 'Lovelace']);
  });

  it('changes the role, and refuses unknown roles', () => {
    const user = User.register(props(), T0);
    expect(user.changeRole('admin', T1)).toBe(true);
    expect(user.changeRole('admin', T2)).toBe(false);
    expect(user.role).toBe('admin');
    expect(user.updatedAt).toEqual(T1);
    const error = errorOf(() => user.changeRole('superuser' as never, T2));
    expect(error).toMatchObject({ code: 'IDENTITY.INVALID_ROLE', kind: 'validation', details: { role: ['must be one of customer, admin'] } });
  });

  it('replaces the password hash, never with an empty one', () => {
    const user = User.register(props(), T0);
    user.setPasswordHash('hash-2', T1);
    expect(user.passwordHash).toBe('hash-2');
    expect(() => user.setPasswordHash('', T2)).toThrow(DomainError);
    expect(user.passwordHash).toBe('hash-2');
  });
});

describe('User addresses', () => {
  it('makes the first address the default shipping address automatically', () => {
    const user = User.register(props(), T0);
    const first = user.addAddress(address('a1'), T1, { defaultShipping: false });
    expect(first.isDefaultShipping).toBe(true);
    const second = user.addAddress(address('a2'), T2);
    expect(second.isDefaultShipping).toBe(false);
    expect(defaults(user)).toEqual(['a1']);
    expect(user.defaultShippingAddress?.id).toBe('a1');
  });

  it('moves the default to a new address added as default, keeping exactly one', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T1, { defaultShipping: true });
    expect(defaults(user)).toEqual(['a2']);
  });

  it('sets the default shipping address, leaving exactly one', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T1);
    user.addAddress(address('a3'), T1);
    expect(user.setDefaultShipping('a3', T2).isDefaultShipping).toBe(true);
    expect(defaults(user)).toEqual(['a3']);
    expect(user.updatedAt).toEqual(T2);
    user.setDefaultShipping('a3', T3); // already the default: no change
    expect(user.updatedAt).toEqual(T2);
  });

  it('makes the oldest remaining address the default when the default is removed', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T2);
    user.addAddress(address('a3'), T3);
    user.setDefaultShipping('a1', T3);
    const removed = user.removeAddress('a1', T3);
    expect(removed.id).toBe('a1');
    expect(defaults(user)).toEqual(['a2']);
    user.removeAddress('a2', T3);
    expect(defaults(user)).toEqual(['a3']);
    user.removeAddress('a3', T3);
    expect(user.addresses).toEqual([]);
    expect(user.defaultShippingAddress).toBeNull();
  });

  it('picks the oldest by creation time, not by position, after a restore', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T2);
    user.addAddress(address('a3'), T3);
    const snapshot = user.toSnapshot();
    snapshot.addresses.reverse(); // a database may return rows in any order
    const restored = User.restore(snapshot);
    expect(restored.addresses.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    restored.removeAddress('a1', T3);
    expect(defaults(restored)).toEqual(['a2']);
  });

  it('keeps the default when another address is removed', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T2);
    user.removeAddress('a2', T3);
    expect(defaults(user)).toEqual(['a1']);
  });

  it('updates an address and can make it the default in the same step', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.addAddress(address('a2'), T1);
    const updated = user.updateAddress('a2', { city: 'Bath', country: 'gb' }, T2, { defaultShipping: true });
    expect(updated).toMatchObject({ id: 'a2', city: 'Bath', country: 'GB', isDefaultShipping: true });
    expect(defaults(user)).toEqual(['a2']);
  });

  it('refuses to unset the default shipping address, which would leave none', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    const error = errorOf(() => user.updateAddress('a1', { city: 'Bath' }, T2, { defaultShipping: false }));
    expect(error).toMatchObject({ code: 'IDENTITY.DEFAULT_ADDRESS_REQUIRED', kind: 'validation' });
    expect(user.address('a1')?.city).toBe('London');
    expect(defaults(user)).toEqual(['a1']);
  });

  it('does not touch the user when an update changes nothing', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    user.updateAddress('a1', { city: ' London ' }, T2);
    expect(user.updatedAt).toEqual(T1);
  });

  it('leaves the address unchanged when an update is invalid', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    expect(errorOf(() => user.updateAddress('a1', { country: 'ZZ' }, T2)).details).toHaveProperty('country');
    expect(user.address('a1')?.country).toBe('GB');
  });

  it.each([
    ['updateAddress', (u: User) => u.updateAddress('nope', { city: 'X' }, T1)],
    ['removeAddress', (u: User) => u.removeAddress('nope', T1)],
    ['setDefaultShipping', (u: User) => u.setDefaultShipping('nope', T1)],
  ])('%s is not_found for an unknown address id', (_name, act) => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    expect(errorOf(() => act(user))).toMatchObject({ code: 'IDENTITY.ADDRESS_NOT_FOUND', kind: 'not_found' });
    expect(user.addresses).toHaveLength(1);
  });

  it('holds at most 20 addresses', () => {
    const user = User.register(props(), T0);
    for (let i = 1; i <= 20; i++) user.addAddress(address(`a${i}`), T1);
    const error = errorOf(() => user.addAddress(address('a21'), T2));
    expect(error).toMatchObject({ code: 'IDENTITY.TOO_MANY_ADDRESSES', kind: 'validation', details: { addresses: ['must contain at most 20 addresses'] } });
    expect(user.addresses).toHaveLength(20);
    user.removeAddress('a5', T2);
    expect(user.addAddress(address('a21'), T2).id).toBe('a21');
  });

  it('refuses a second address with the same id', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    expect(errorOf(() => user.addAddress(address('a1'), T2))).toMatchObject({ code: 'IDENTITY.DUPLICATE_ADDRESS', kind: 'conflict' });
  });

  it('does not add an invalid address', () => {
    const user = User.register(props(), T0);
    expect(errorOf(() => user.addAddress(address('a1', { country: 'Narnia' }), T1))).toMatchObject({
      kind: 'validation',
      details: { country: ['must be an ISO 3166-1 alpha-2 country code such as US or DE'] },
    });
    expect(user.addresses).toEqual([]);
    expect(user.updatedAt).toEqual(T0);
  });

  it('hands out copies: changing the returned list does not change the user', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    (user.addresses as unknown as unknown[]).pop();
    expect(user.addresses).toHaveLength(1);
  });
});

describe('User snapshots', () => {
  it('round-trips through plain data without recording events', () => {
    const user = User.register(props({ role: 'admin' }), T0);
    user.addAddress(address('a1', { label: 'Home', phone: '+44 20 7946 0958' }), T1);
    user.addAddress(address('a2'), T2);
    const snapshot = user.toSnapshot();
    expect(snapshot).toEqual({
      id: 'u-1',
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      role: 'admin',
      passwordHash: 'hash-1',
      addresses: [
        {
          id: 'a1',
          label: 'Home',
          name: 'Ada Lovelace',
          line1: 'a1 Analytical Street',
          line2: null,
          city: 'London',
          state: null,
          postalCode: 'N1 9GU',
          country: 'GB',
          phone: '+44 20 7946 0958',
          isDefaultShipping: true,
          createdAt: T1,
        },
        expect.objectContaining({ id: 'a2', isDefaultShipping: false, createdAt: T2 }),
      ],
      createdAt: T0,
      updatedAt: T2,
    });
    expect(structuredClone(snapshot)).toEqual(snapshot);
    const restored = User.restore(snapshot);
    expect(restored.pullEvents()).toEqual([]);
    expect(restored.toSnapshot()).toEqual(snapshot);
  });

  it('hands out copies: mutating a snapshot does not change the user', () => {
    const user = User.register(props(), T0);
    user.addAddress(address('a1'), T1);
    const snapshot = user.toSnapshot();
    snapshot.addresses[0].city = 'Paris';
    snapshot.createdAt.setFullYear(2000);
    expect(user.address('a1')?.city).toBe('London');
    expect(user.createdAt).toEqual(T0);
  });
});
