import { User } from '@devgear/domain';
import { InMemoryUserRepository } from './in-memory-user.repository';

const T0 = new Date('2025-03-01T09:00:00.000Z');

function user(id: string, email: string, role: 'admin' | 'customer' = 'customer'): User {
  const u = User.register({ id, email, firstName: 'A', lastName: 'B', passwordHash: `hash-${id}`, role }, T0);
  u.pullEvents();
  return u;
}

describe('InMemoryUserRepository', () => {
  it('saves and loads a user with its addresses as a fresh aggregate', async () => {
    const repo = new InMemoryUserRepository();
    const ada = user('u1', 'ada@example.com');
    ada.addAddress({ id: 'a1', name: 'Ada', line1: 'x', city: 'London', postalCode: 'N1', country: 'GB' }, T0);
    await repo.saveUser(ada);
    const loaded = await repo.loadUser('u1');
    expect(loaded).not.toBe(ada);
    expect(loaded?.toSnapshot()).toEqual(ada.toSnapshot());
    expect(await repo.findCredentialsByEmail('ADA@example.com')).toEqual({ id: 'u1', email: 'ada@example.com', role: 'customer', passwordHash: 'hash-u1' });
    expect(await repo.findById('u1')).toEqual({ id: 'u1', email: 'ada@example.com', role: 'customer' });
  });

  it("refuses another user's email as a conflict on email", async () => {
    const repo = new InMemoryUserRepository([user('u1', 'ada@example.com')]);
    await expect(repo.saveUser(user('u2', 'ADA@example.com'))).rejects.toMatchObject({
      code: 'IDENTITY.EMAIL_TAKEN',
      kind: 'conflict',
      details: { email: ['is already registered'] },
    });
  });

  it('refuses a save that would leave no admin', async () => {
    const repo = new InMemoryUserRepository([user('u1', 'admin@example.com', 'admin'), user('u2', 'c@example.com')]);
    const admin = (await repo.loadUser('u1')) as User;
    admin.changeRole('customer', T0);
    await expect(repo.saveUser(admin)).rejects.toMatchObject({ code: 'IDENTITY.LAST_ADMIN', kind: 'invalid_state' });
    expect(await repo.countAdmins()).toBe(1);
  });

  it('still accepts users created the EnsureAdmin way', async () => {
    const repo = new InMemoryUserRepository([
      { id: 'u1', email: 'ops@example.com', passwordHash: 'h', firstName: 'Ops', lastName: 'Person', role: 'admin', createdAt: T0 },
    ]);
    expect((await repo.loadUser('u1'))?.toSnapshot()).toMatchObject({ email: 'ops@example.com', addresses: [], updatedAt: T0 });
  });
});
