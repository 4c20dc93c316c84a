import { DomainError } from '@devgear/domain';
import { identityTestKit, seedUser } from '../../testing';
import { LoginUserUseCase } from '../login-user/login-user.use-case';
import { RefreshSessionUseCase } from '../refresh-session/refresh-session.use-case';
import { SendPasswordResetUseCase } from '../send-password-reset/send-password-reset.use-case';
import { ResetPasswordUseCase } from './reset-password.use-case';

const HOUR = 60 * 60 * 1000;

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', password: 'old password here' });
  const send = new SendPasswordResetUseCase(kit, { storeName: 'DevGear', resetPasswordUrl: 'https://devgear.io/reset-password' });
  let requests = 0;
  /** The link the outbox's handler emails for a new request. */
  const requestToken = async () => {
    await send.execute(`req-${++requests}`, 'ada@example.com');
    const match = /token=([A-Za-z0-9_-]+)/.exec(kit.mailer.sent[kit.mailer.sent.length - 1].text);
    return (match as RegExpExecArray)[1];
  };
  return { kit, user, requestToken, useCase: new ResetPasswordUseCase(kit), login: new LoginUserUseCase(kit) };
}

async function invalidToken(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => {
      throw new Error('expected the use case to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'IDENTITY.INVALID_RESET_TOKEN', kind: 'validation', details: { token: ['is invalid or has expired'] } });
}

describe('ResetPasswordUseCase', () => {
  it('sets the new password: the old one stops working, the new one works', async () => {
    const { requestToken, useCase, login } = await setup();
    await useCase.execute({ token: await requestToken(), newPassword: 'brand new secret' });

    await expect(login.execute({ email: 'ada@example.com', password: 'old password here' })).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(login.execute({ email: 'ada@example.com', password: 'brand new secret' })).resolves.toHaveProperty('session');
  });

  it('signs the user out everywhere: every refresh token is revoked', async () => {
    const { kit, user, requestToken, useCase } = await setup();
    const laptop = await kit.sessions.start(user);
    const phone = await kit.sessions.start(user);
    await useCase.execute({ token: await requestToken(), newPassword: 'brand new secret' });

    const refresh = new RefreshSessionUseCase(kit);
    await expect(refresh.execute({ refreshToken: laptop.refreshToken })).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(refresh.execute({ refreshToken: phone.refreshToken })).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('works only once', async () => {
    const { requestToken, useCase } = await setup();
    const token = await requestToken();
    await useCase.execute({ token, newPassword: 'brand new secret' });
    await invalidToken(useCase.execute({ token, newPassword: 'another new secret' }));
  });

  it('lets exactly one of two concurrent uses of a token through', async () => {
    const { kit, user, requestToken, useCase } = await setup();
    const token = await requestToken();
    const results = await Promise.allSettled([
      useCase.execute({ token, newPassword: 'first new secret' }),
      useCase.execute({ token, newPassword: 'second new secret' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results[0].status === 'fulfilled' ? 'first new secret' : 'second new secret';
    expect(await kit.hasher.verify(winner, kit.users.row(user.id)?.passwordHash as string)).toBe(true);
  });

  it('expires after one hour', async () => {
    const { kit, requestToken, useCase } = await setup();
    const token = await requestToken();
    kit.clock.advance(HOUR);
    await invalidToken(useCase.execute({ token, newPassword: 'brand new secret' }));
  });

  it('still works a moment before the hour is over', async () => {
    const { kit, requestToken, useCase } = await setup();
    const token = await requestToken();
    kit.clock.advance(HOUR - 1000);
    await expect(useCase.execute({ token, newPassword: 'brand new secret' })).resolves.toBeUndefined();
  });

  it('refuses a link that a newer request replaced', async () => {
    const { requestToken, useCase } = await setup();
    const older = await requestToken();
    const newer = await requestToken();
    await invalidToken(useCase.execute({ token: older, newPassword: 'brand new secret' }));
    await expect(useCase.execute({ token: newer, newPassword: 'brand new secret' })).resolves.toBeUndefined();
  });

  it.each(['made-up', '', undefined])('refuses the unknown token %p', async (token) => {
    const { useCase } = await setup();
    await invalidToken(useCase.execute({ token, newPassword: 'brand new secret' } as never));
  });

  it('checks the new password against the policy and leaves the link usable when it fails', async () => {
    const { kit, user, requestToken, useCase } = await setup();
    const token = await requestToken();
    const before = kit.users.row(user.id)?.passwordHash;
    const session = await kit.sessions.start(user);

    await expect(useCase.execute({ token, newPassword: 'iloveyou' })).rejects.toMatchObject({
      code: 'IDENTITY.WEAK_PASSWORD',
      kind: 'validation',
      details: { newPassword: ['is one of the most common passwords; choose one that is harder to guess'] },
    });
    await expect(useCase.execute({ token, newPassword: 'ada' })).rejects.toMatchObject({ details: { newPassword: ['must be at least 8 characters long'] } });
    expect(kit.users.row(user.id)?.passwordHash).toBe(before);
    expect(kit.refreshTokens.usable(kit.clock.now())).toHaveLength(1);
    expect(session.refreshToken).toBeTruthy();

    await expect(useCase.execute({ token, newPassword: 'brand new secret' })).resolves.toBeUndefined();
  });

  it('refuses the email address as the new password', async () => {
    const { requestToken, useCase } = await setup();
    await expect(useCase.execute({ token: await requestToken(), newPassword: 'ADA@example.com' })).rejects.toMatchObject({
      details: { newPassword: ['must not be your email address or the part before the @'] },
    });
  });
});
