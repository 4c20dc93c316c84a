import { DomainError, IdentityErrorCodes, PasswordPolicy } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { PasswordResetStore } from '../../ports/password-reset-store.port';
import type { RefreshTokenStore } from '../../ports/refresh-token-store.port';
import type { TokenHasher } from '../../ports/token-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';

export interface ResetPasswordInput {
  /** From the emailed link. */
  token: string;
  newPassword: string;
}

export interface ResetPasswordDeps {
  users: UserRepository;
  resets: PasswordResetStore;
  refreshTokens: RefreshTokenStore;
  hasher: PasswordHasher;
  tokenHasher: TokenHasher;
  clock: Clock;
}

/**
 * POST /auth/password-reset: sets a new password with a token from the reset email. The token
 * works once and for one hour; a password the policy refuses leaves it usable for another try.
 * Afterwards every session of the user ends (all refresh tokens revoked).
 */
export class ResetPasswordUseCase {
  constructor(private readonly deps: ResetPasswordDeps) {}

  async execute(input: ResetPasswordInput): Promise<void> {
    const { users, resets, clock } = this.deps;
    const now = clock.now();
    const token = input?.token;
    if (typeof token !== 'string' || token === '') throw invalidResetToken();

    const record = await resets.findByHash(this.deps.tokenHasher.sha256(token));
    if (!record || record.usedAt || record.expiresAt.getTime() <= now.getTime()) throw invalidResetToken();
    const user = await users.loadUser(record.userId);
    if (!user) throw invalidResetToken();

    PasswordPolicy.assertAcceptable(input.newPassword, { email: user.email, field: 'newPassword' });
    const passwordHash = await this.deps.hasher.hash(input.newPassword);

    // Claimed only now, so a refused password does not burn the link; a concurrent use loses here.
    if (!(await resets.markUsed(record.id, now))) throw invalidResetToken();
    user.setPasswordHash(passwordHash, now);
    await users.saveUser(user);
    await resets.invalidateAllForUser(user.id, now);
    await this.deps.refreshTokens.revokeAllForUser(user.id, now);
  }
}

function invalidResetToken(): DomainError {
  return new DomainError(IdentityErrorCodes.INVALID_RESET_TOKEN, 'The password reset link is invalid or has expired', 'validation', {
    token: ['is invalid or has expired'],
  });
}
