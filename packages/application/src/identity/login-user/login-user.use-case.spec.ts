import { DomainError } from '@devgear/domain';
import { identityTestKit, seedUser } from '../../testing';
import { LoginUserUseCase } from './login-user.use-case';

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', password: 'correct horse battery', role: 'admin' });
  return { kit, user, useCase: new LoginUserUseCase(kit) };
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

describe('LoginUserUseCase', () => {
  it('signs in with the right password, whatever the case of the email', async () => {
    const { kit, user, useCase } = await setup();
    const result = await useCase.execute({ email: '  ADA@Example.com ', password: 'correct horse battery' });

    expect(result.user.id).toBe(user.id);
    expect(result.user.firstName).toBe('Ada');
    expect(kit.tokens.claimsOf(result.session.accessToken)).toEqual({ sub: user.id, role: 'admin', email: 'ada@example.com' });
    expect(kit.refreshTokens.records()).toEqual([expect.objectContaining({ userId: user.id, tokenHash: kit.tokenHasher.sha256(result.session.refreshToken) })]);
  });

  it('starts a new token family for each login', async () => {
    const { kit, useCase } = await setup();
    await useCase.execute({ email: 'ada@example.com', password: 'correct horse battery' });
    await useCase.execute({ email: 'ada@example.com', password: 'correct horse battery' });
    const [a, b] = kit.refreshTokens.records();
    expect(a.familyId).not.toBe(b.familyId);
  });

  it('fails an unknown email and a wrong password with the very same error', async () => {
    const { useCase } = await setup();
    const wrongPassword = await failure(useCase.execute({ email: 'ada@example.com', password: 'incorrect horse' }));
    const unknownEmail = await failure(useCase.execute({ email: 'nobody@example.com', password: 'correct horse battery' }));

    expect(wrongPassword).toEqual(unknownEmail);
    for (const error of [wrongPassword, unknownEmail]) {
      expect({ code: error.code, kind: error.kind, message: error.message, details: error.details }).toEqual({
        code: 'IDENTITY.INVALID_CREDENTIALS',
        kind: 'unauthenticated',
        message: 'Invalid email or password',
        details: undefined,
      });
    }
  });

  it('runs a password verification for an unknown email too, so timing does not tell', async () => {
    const { kit, useCase } = await setup();
    const verify = jest.spyOn(kit.hasher, 'verify');

    await failure(useCase.execute({ email: 'ada@example.com', password: 'incorrect horse' }));
    expect(verify).toHaveBeenCalledTimes(1);
    await failure(useCase.execute({ email: 'nobody@example.com', password: 'incorrect horse' }));
    expect(verify).toHaveBeenCalledTimes(2);
    await failure(useCase.execute({ email: 'not an email', password: 'incorrect horse' }));
    expect(verify).toHaveBeenCalledTimes(3);

    // the unknown-email checks ran against a real hash of the hasher (never against a user's)
    const [, [, dummyHash], [, sameDummy]] = verify.mock.calls;
    expect(dummyHash).toMatch(/^fake-hash:/);
    expect(sameDummy).toBe(dummyHash);
  });

  it('hashes the dummy password only once per process', async () => {
    const { kit, useCase } = await setup();
    const hash = jest.spyOn(kit.hasher, 'hash');
    await failure(useCase.execute({ email: 'a@example.com', password: 'x' }));
    await failure(useCase.execute({ email: 'b@example.com', password: 'x' }));
    // (the fake's verify hashes the presented 'x' itself; count only the dummy password's hashing)
    expect(hash.mock.calls.filter(([plain]) => plain !== 'x')).toHaveLength(1);
  });

  it('issues no session on failure', async () => {
    const { kit, useCase } = await setup();
    await failure(useCase.execute({ email: 'ada@example.com', password: 'nope nope' }));
    expect(kit.refreshTokens.records()).toEqual([]);
    expect(kit.tokens.issued).toBe(0);
  });

  it('does not accept an empty or missing password', async () => {
    const { useCase } = await setup();
    expect((await failure(useCase.execute({ email: 'ada@example.com', password: '' }))).kind).toBe('unauthenticated');
    expect((await failure(useCase.execute({ email: 'ada@example.com' } as never))).kind).toBe('unauthenticated');
  });
});
