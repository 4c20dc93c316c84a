import { identityTestKit, seedUser } from '../../testing';
import { RefreshSessionUseCase } from '../refresh-session/refresh-session.use-case';
import { LogoutUseCase } from './logout.use-case';

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com' });
  return { kit, user, logout: new LogoutUseCase(kit), refresh: new RefreshSessionUseCase(kit) };
}

describe('LogoutUseCase', () => {
  it('makes the refresh token stop working', async () => {
    const { kit, user, logout, refresh } = await setup();
    const session = await kit.sessions.start(user);
    await logout.execute({ refreshToken: session.refreshToken });
    await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('ends the whole sign-in: an earlier token of the family cannot revive it', async () => {
    const { kit, user, logout } = await setup();
    const first = await kit.sessions.start(user);
    const second = await new RefreshSessionUseCase(kit).execute({ refreshToken: first.refreshToken });
    await logout.execute({ refreshToken: second.refreshToken });
    expect(kit.refreshTokens.usable(kit.clock.now())).toEqual([]);
  });

  it('keeps the user signed in on other devices', async () => {
    const { kit, user, logout, refresh } = await setup();
    const laptop = await kit.sessions.start(user);
    const phone = await kit.sessions.start(user);
    await logout.execute({ refreshToken: laptop.refreshToken });
    await expect(refresh.execute({ refreshToken: phone.refreshToken })).resolves.toHaveProperty('accessToken');
  });

  it.each(['never-issued', '', undefined])('succeeds without doing anything for the token %p', async (refreshToken) => {
    const { kit, user, logout } = await setup();
    await kit.sessions.start(user);
    await expect(logout.execute({ refreshToken } as never)).resolves.toBeUndefined();
    expect(kit.refreshTokens.usable(kit.clock.now())).toHaveLength(1);
  });

  it('is idempotent', async () => {
    const { kit, user, logout } = await setup();
    const session = await kit.sessions.start(user);
    await logout.execute({ refreshToken: session.refreshToken });
    const revokedAt = kit.refreshTokens.records()[0].revokedAt;
    kit.clock.advance(1000);
    await logout.execute({ refreshToken: session.refreshToken });
    expect(kit.refreshTokens.records()[0].revokedAt).toEqual(revokedAt);
  });
});
