import { DomainError } from '@devgear/domain';
import { identityTestKit, seedUser } from '../../testing';
import { RefreshSessionUseCase } from './refresh-session.use-case';

const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com' });
  const first = await kit.sessions.start(user);
  return { kit, user, first, useCase: new RefreshSessionUseCase(kit) };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the use case to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'IDENTITY.INVALID_REFRESH_TOKEN', kind: 'unauthenticated', message: 'Invalid or expired refresh token' });
  return error as DomainError;
}

describe('RefreshSessionUseCase', () => {
  it('rotates: the token is used up and a new one of the same family is issued', async () => {
    const { kit, user, first, useCase } = await setup();
    kit.clock.advance(60_000);
    const second = await useCase.execute({ refreshToken: first.refreshToken });

    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(kit.tokens.claimsOf(second.accessToken)).toEqual({ sub: user.id, role: 'customer', email: 'ada@example.com' });
    const [old, next] = kit.refreshTokens.records();
    expect(old).toMatchObject({ usedAt: kit.clock.now(), replacedBy: next.id, revokedAt: null });
    expect(next).toMatchObject({ familyId: old.familyId, usedAt: null, revokedAt: null, tokenHash: kit.tokenHasher.sha256(second.refreshToken) });
    // sliding lifetime: 7 days from this refresh
    expect(next.expiresAt.getTime()).toBe(kit.clock.now().getTime() + 7 * DAY);

    // and the new one works in turn
    await expect(useCase.execute({ refreshToken: second.refreshToken })).resolves.toHaveProperty('refreshToken');
  });

  it('treats a replayed token as theft: fails and kills the newer token of the family too', async () => {
    const { kit, first, useCase } = await setup();
    const second = await useCase.execute({ refreshToken: first.refreshToken });

    await failure(useCase.execute({ refreshToken: first.refreshToken })); // the replay
    await failure(useCase.execute({ refreshToken: second.refreshToken })); // the legitimate newer one is dead too

    expect(kit.refreshTokens.usable(kit.clock.now())).toEqual([]);
    expect(kit.refreshTokens.records().every((r) => r.revokedAt !== null)).toBe(true);
  });

  it('leaves other sessions (families) of the same user alone on a replay', async () => {
    const { kit, user, first, useCase } = await setup();
    const otherDevice = await kit.sessions.start(user);
    await useCase.execute({ refreshToken: first.refreshToken });
    await failure(useCase.execute({ refreshToken: first.refreshToken }));
    await expect(useCase.execute({ refreshToken: otherDevice.refreshToken })).resolves.toHaveProperty('accessToken');
  });

  it('lets exactly one of two concurrent uses of a token win, and revokes the family', async () => {
    const { kit, first, useCase } = await setup();
    const results = await Promise.allSettled([
      useCase.execute({ refreshToken: first.refreshToken }),
      useCase.execute({ refreshToken: first.refreshToken }),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ kind: 'unauthenticated' });
    // only one successor was ever created, and it is revoked with the family
    expect(kit.refreshTokens.records()).toHaveLength(2);
    expect(kit.refreshTokens.usable(kit.clock.now())).toEqual([]);
  });

  it('fails and revokes the family when the store reports the token was claimed meanwhile', async () => {
    const { kit, first, useCase } = await setup();
    kit.refreshTokens.markUsed = async () => false;
    await failure(useCase.execute({ refreshToken: first.refreshToken }));
    expect(kit.refreshTokens.records()).toEqual([expect.objectContaining({ revokedAt: kit.clock.now() })]);
    expect(kit.tokens.issued).toBe(1); // only the original login's access token
  });

  it('refuses an expired token without revoking anything', async () => {
    const { kit, first, useCase } = await setup();
    kit.clock.advance(7 * DAY);
    await failure(useCase.execute({ refreshToken: first.refreshToken }));
    expect(kit.refreshTokens.records()).toEqual([expect.objectContaining({ usedAt: null, revokedAt: null })]);
  });

  it('accepts a token one millisecond before it expires', async () => {
    const { kit, first, useCase } = await setup();
    kit.clock.advance(7 * DAY - 1);
    await expect(useCase.execute({ refreshToken: first.refreshToken })).resolves.toHaveProperty('accessToken');
  });

  it('refuses a revoked token', async () => {
    const { kit, user, first, useCase } = await setup();
    await kit.refreshTokens.revokeAllForUser(user.id, kit.clock.now());
    await failure(useCase.execute({ refreshToken: first.refreshToken }));
  });

  it.each(['', 'made-up-token', undefined])('refuses the unknown token %p', async (refreshToken) => {
    const { useCase } = await setup();
    await failure(useCase.execute({ refreshToken } as never));
  });

  it('puts the current role into the new access token', async () => {
    const { kit, user, first, useCase } = await setup();
    await kit.users.setRole(user.id, 'admin');
    const session = await useCase.execute({ refreshToken: first.refreshToken });
    expect(kit.tokens.claimsOf(session.accessToken)?.role).toBe('admin');
  });

  it('refuses, and revokes the family, when the user no longer exists', async () => {
    const { kit, first, useCase } = await setup();
    kit.users.users.splice(0, kit.users.users.length);
    await failure(useCase.execute({ refreshToken: first.refreshToken }));
    expect(kit.refreshTokens.usable(kit.clock.now())).toEqual([]);
  });
});
