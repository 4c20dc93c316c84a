import { DomainError } from '@devgear/domain';
import { identityTestKit, seedUser } from '../../testing';
import { LoginUserUseCase } from '../login-user/login-user.use-case';
import { RefreshSessionUseCase } from '../refresh-session/refresh-session.use-case';
import { ChangePasswordUseCase } from './change-password.use-case';

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', password: 'old password here' });
  return { kit, user, useCase: new ChangePasswordUseCase(kit), login: new LoginUserUseCase(kit), refresh: new RefreshSessionUseCase(kit) };
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

describe('ChangePasswordUseCase', () => {
  it('changes the password after checking the current one', async () => {
    const { user, useCase, login } = await setup();
    await useCase.execute({ userId: user.id, currentPassword: 'old password here', newPassword: 'new password here' });
    await expect(login.execute({ email: 'ada@example.com', password: 'old password here' })).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(login.execute({ email: 'ada@example.com', password: 'new password here' })).resolves.toHaveProperty('session');
  });

  it('ends the other sessions and returns a fresh one for the caller', async () => {
    const { kit, user, useCase, refresh } = await setup();
    const otherDevice = await kit.sessions.start(user);
    const thisDevice = await kit.sessions.start(user);

    const session = await useCase.execute({ userId: user.id, currentPassword: 'old password here', newPassword: 'new password here' });

    await expect(refresh.execute({ refreshToken: otherDevice.refreshToken })).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(refresh.execute({ refreshToken: thisDevice.refreshToken })).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(refresh.execute({ refreshToken: session.refreshToken })).resolves.toHaveProperty('accessToken');
    expect(kit.tokens.claimsOf(session.accessToken)?.sub).toBe(user.id);
  });

  it('refuses a wrong current password as a field error (not a 401), changing nothing', async () => {
    const { kit, user, useCase } = await setup();
    const before = kit.users.row(user.id)?.passwordHash;
    const session = await kit.sessions.start(user);
    const error = await failure(useCase.execute({ userId: user.id, currentPassword: 'guess', newPassword: 'new password here' }));
    expect(error).toMatchObject({ code: 'IDENTITY.WRONG_PASSWORD', kind: 'validation', details: { currentPassword: ['is incorrect'] } });
    expect(kit.users.row(user.id)?.passwordHash).toBe(before);
    expect(kit.refreshTokens.usable(kit.clock.now())).toHaveLength(1);
    expect(session.refreshToken).toBeTruthy();
  });

  it('applies the policy to the new password, reporting it with a wrong current password at once', async () => {
    const { user, useCase } = await setup();
    const error = await failure(useCase.execute({ userId: user.id, currentPassword: 'guess', newPassword: 'é'.repeat(37) }));
    expect(Object.keys(error.details ?? {})).toEqual(['currentPassword', 'newPassword']);
    const weak = await failure(useCase.execute({ userId: user.id, currentPassword: 'old password here', newPassword: 'qwerty123' }));
    expect(weak).toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD', details: { newPassword: ['is one of the most common passwords; choose one that is harder to guess'] } });
  });

  it('refuses the current password as the new one', async () => {
    const { user, useCase } = await setup();
    const error = await failure(useCase.execute({ userId: user.id, currentPassword: 'old password here', newPassword: 'old password here' }));
    expect(error.details).toEqual({ newPassword: ['must be different from the current password'] });
  });

  it('accepts 72 bytes of multi-byte characters', async () => {
    const { user, useCase, login } = await setup();
    await useCase.execute({ userId: user.id, currentPassword: 'old password here', newPassword: 'é'.repeat(36) });
    await expect(login.execute({ email: 'ada@example.com', password: 'é'.repeat(36) })).resolves.toHaveProperty('session');
  });
});
