import { IdentityErrorCodes, PasswordPolicy, ValidationProblems } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { RefreshTokenStore } from '../../ports/refresh-token-store.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { requireUser } from '../identity.failures';
import type { Session, SessionIssuer } from '../session-issuer';

export interface ChangePasswordInput {
  userId: string;
  currentPassword: string;
  newPassword: string;
}

export interface ChangePasswordDeps {
  users: UserRepository;
  hasher: PasswordHasher;
  refreshTokens: RefreshTokenStore;
  sessions: SessionIssuer;
  clock: Clock;
}

/**
 * Changes the signed-in user's password after checking the current one. Every existing session
 * ends (all refresh tokens revoked) and a fresh one is returned for the caller, so only the
 * device that changed the password stays signed in.
 */
export class ChangePasswordUseCase {
  constructor(private readonly deps: ChangePasswordDeps) {}

  async execute(input: ChangePasswordInput): Promise<Session> {
    const { users, hasher, clock } = this.deps;
    const user = await requireUser(users, input.userId);

    const problems = new ValidationProblems(IdentityErrorCodes.WEAK_PASSWORD);
    const current = typeof input.currentPassword === 'string' ? input.currentPassword : '';
    const currentOk = await hasher.verify(current, user.passwordHash);
    // A 400 naming the field, not a 401: the client must not take it for an expired session.
    if (!currentOk) problems.add('currentPassword', 'is incorrect', IdentityErrorCodes.WRONG_PASSWORD);
    for (const problem of PasswordPolicy.problemsWith(input.newPassword, user.email)) problems.add('newPassword', problem);
    if (currentOk && input.newPassword === current) problems.add('newPassword', 'must be different from the current password');
    problems.throwIfAny('Password not changed');

    const now = clock.now();
    user.setPasswordHash(await hasher.hash(input.newPassword), now);
    await users.saveUser(user);
    await this.deps.refreshTokens.revokeAllForUser(user.id, now);
    return this.deps.sessions.start(user);
  }
}
