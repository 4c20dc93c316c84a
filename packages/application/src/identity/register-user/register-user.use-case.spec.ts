import { DomainError } from '@devgear/domain';
import { identityTestKit, seedUser, type IdentityTestKit } from '../../testing';
import { RegisterUserUseCase, type RegisterUserInput } from './register-user.use-case';

function setup(kit: IdentityTestKit = identityTestKit()) {
  return { kit, useCase: new RegisterUserUseCase(kit) };
}

function input(overrides: Partial<RegisterUserInput> = {}): RegisterUserInput {
  return { email: ' Grace.Hopper@Example.COM ', password: 'cobol is forever', firstName: ' Grace ', lastName: 'Hopper', ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the use case to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('RegisterUserUseCase', () => {
  it('creates a customer with a normalised email and a hashed password, and signs them in', async () => {
    const { kit, useCase } = setup();
    const { user, session } = await useCase.execute(input());

    expect(user).toMatchObject({ email: 'grace.hopper@example.com', firstName: 'Grace', lastName: 'Hopper', role: 'customer' });
    const row = kit.users.row(user.id);
    expect(row?.email).toBe('grace.hopper@example.com');
    expect(row?.passwordHash).not.toContain('cobol is forever');
    expect(await kit.hasher.verify('cobol is forever', row?.passwordHash as string)).toBe(true);
    expect(row?.createdAt).toEqual(kit.clock.now());

    expect(kit.tokens.claimsOf(session.accessToken)).toEqual({ sub: user.id, role: 'customer', email: 'grace.hopper@example.com' });
    expect(session.expiresIn).toBe(900);
    expect(kit.refreshTokens.records()).toEqual([
      expect.objectContaining({ userId: user.id, tokenHash: kit.tokenHasher.sha256(session.refreshToken) }),
    ]);
  });

  it('stores user.registered with the user (the outbox), for the welcome email to go out from there', async () => {
    const { kit, useCase } = setup();
    const { user } = await useCase.execute(input());
    expect(kit.users.outbox).toEqual([
      { name: 'user.registered', aggregateId: user.id, occurredAt: kit.clock.now(), payload: { userId: user.id, email: 'grace.hopper@example.com' } },
    ]);
    expect(kit.mailer.sent).toEqual([]); // nothing is sent inside the request
  });

  it('refuses an email that is registered already, in any case, as a conflict on email', async () => {
    const kit = identityTestKit();
    await seedUser(kit, { email: 'grace.hopper@example.com' });
    const { useCase } = setup(kit);
    const hashSpy = jest.spyOn(kit.hasher, 'hash');

    const error = await failure(useCase.execute(input({ email: 'GRACE.HOPPER@example.com' })));

    expect(error).toMatchObject({ code: 'IDENTITY.EMAIL_TAKEN', kind: 'conflict', details: { email: ['is already registered'] } });
    expect(kit.users.users).toHaveLength(1);
    expect(hashSpy).not.toHaveBeenCalled();
    expect(kit.mailer.sent).toEqual([]);
    expect(kit.refreshTokens.records()).toEqual([]);
  });

  it('turns a registration that loses the race for the email into the same conflict', async () => {
    const { kit, useCase } = setup();
    // the other request inserts right after our duplicate check
    const find = kit.users.findByEmail.bind(kit.users);
    kit.users.findByEmail = async (email) => {
      const found = await find(email);
      await seedUser(kit, { email });
      return found;
    };
    const error = await failure(useCase.execute(input()));
    expect(error).toMatchObject({ kind: 'conflict', details: { email: ['is already registered'] } });
    expect(kit.users.users).toHaveLength(1);
    expect(kit.users.outbox).toEqual([]);
  });

  it('reports every invalid field at once and stores nothing', async () => {
    const { kit, useCase } = setup();
    const error = await failure(useCase.execute({ email: 'not-an-email', password: 'short', firstName: '', lastName: 'x'.repeat(101) }));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({
      email: ['must be an email address like name@example.com'],
      firstName: ['must not be blank'],
      lastName: ['must be at most 100 characters'],
      password: ['must be at least 8 characters long'],
    });
    expect(kit.users.users).toEqual([]);
  });

  it('applies the password policy: common passwords and the email itself are refused', async () => {
    const { useCase } = setup();
    expect((await failure(useCase.execute(input({ password: 'Password1' })))).details).toEqual({
      password: ['is one of the most common passwords; choose one that is harder to guess'],
    });
    expect((await failure(useCase.execute(input({ password: 'grace.hopper' })))).details).toEqual({
      password: ['must not be your email address or the part before the @'],
    });
  });

  it('counts the password length in bytes: 36 x é (72 bytes) passes, 37 (74 bytes) fails', async () => {
    const { useCase } = setup();
    await expect(useCase.execute(input({ password: 'é'.repeat(36) }))).resolves.toMatchObject({ user: { role: 'customer' } });
    const error = await failure(useCase.execute(input({ email: 'other@example.com', password: 'é'.repeat(37) })));
    expect(error.code).toBe('IDENTITY.WEAK_PASSWORD');
    expect(error.details?.password?.[0]).toMatch(/at most 72 bytes/);
  });
});
