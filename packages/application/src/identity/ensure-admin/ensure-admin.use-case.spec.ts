import { DomainError } from '@devgear/domain';
import { FakePasswordHasher, FixedClock, InMemoryUserRepository, SequentialIdGenerator } from '../../testing';
import { EnsureAdminUseCase } from './ensure-admin.use-case';

function setup(users = new InMemoryUserRepository()) {
  const hasher = new FakePasswordHasher();
  const clock = new FixedClock('2025-02-01T08:00:00.000Z');
  return { users, hasher, useCase: new EnsureAdminUseCase(users, hasher, new SequentialIdGenerator(), clock) };
}

describe('EnsureAdminUseCase', () => {
  it('creates the admin with a hashed password and a normalised email', async () => {
    const { useCase, users, hasher } = setup();
    const result = await useCase.execute({ email: ' Admin@DevGear.io ', password: 'correct horse', firstName: 'Grace', lastName: 'Hopper' });

    expect(result.outcome).toBe('created');
    expect(users.users).toHaveLength(1);
    const [admin] = users.users;
    expect(admin).toMatchObject({ id: result.userId, email: 'admin@devgear.io', role: 'admin', firstName: 'Grace', lastName: 'Hopper' });
    expect(admin.createdAt.toISOString()).toBe('2025-02-01T08:00:00.000Z');
    expect(admin.passwordHash).not.toContain('correct horse');
    expect(await hasher.verify('correct horse', admin.passwordHash)).toBe(true);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const { useCase, users } = setup();
    const first = await useCase.execute({ email: 'admin@devgear.io', password: 'correct horse' });
    const hash = users.users[0].passwordHash;
    const second = await useCase.execute({ email: 'ADMIN@devgear.io', password: 'another password' });

    expect(second).toEqual({ userId: first.userId, outcome: 'unchanged' });
    expect(users.users).toHaveLength(1);
    expect(users.users[0].passwordHash).toBe(hash);
  });

  it('promotes an existing customer without touching the password', async () => {
    const users = new InMemoryUserRepository([
      { id: 'u1', email: 'ops@devgear.io', passwordHash: 'kept', firstName: 'Ops', lastName: 'Person', role: 'customer', createdAt: new Date(0) },
    ]);
    const { useCase } = setup(users);
    const result = await useCase.execute({ email: 'ops@devgear.io', password: 'whatever123' });
    expect(result).toEqual({ userId: 'u1', outcome: 'promoted' });
    expect(users.users[0]).toMatchObject({ role: 'admin', passwordHash: 'kept' });
  });

  it('promotes the winner when another instance created the account at the same moment', async () => {
    const users = new InMemoryUserRepository();
    const { useCase } = setup(users);
    const racingFind = users.findByEmail.bind(users);
    let calls = 0;
    users.findByEmail = async (email) => {
      calls += 1;
      if (calls === 1) {
        // the other instance inserts right after our read
        await users.create({ id: 'other', email, passwordHash: 'h', firstName: 'A', lastName: 'B', role: 'customer', createdAt: new Date(0) });
        return null;
      }
      return racingFind(email);
    };
    const result = await useCase.execute({ email: 'admin@devgear.io', password: 'correct horse' });
    expect(result).toEqual({ userId: 'other', outcome: 'promoted' });
    expect(users.users).toHaveLength(1);
    expect(users.users[0].role).toBe('admin');
  });

  it.each([
    [{ email: 'not-an-email', password: 'correct horse' }, 'email'],
    [{ email: 'admin@devgear.io', password: 'short' }, 'password'],
    [{ email: 'admin@devgear.io', password: 'é'.repeat(37) }, 'password'], // 74 bytes
  ])('rejects %p naming %s', async (input, field) => {
    const { useCase, users } = setup();
    const error = await useCase.execute(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('validation');
    expect(Object.keys((error as DomainError).details ?? {})).toEqual([field]);
    expect(users.users).toHaveLength(0);
  });

  it('counts the password length in bytes, as bcrypt does', async () => {
    const { useCase } = setup();
    await expect(useCase.execute({ email: 'a@devgear.io', password: 'é'.repeat(36) })).resolves.toMatchObject({ outcome: 'created' });
  });
});
