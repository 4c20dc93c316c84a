import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { RefreshTokenStore } from '../../ports/refresh-token-store.port';
import type { TokenHasher } from '../../ports/token-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { invalidRefreshToken } from '../identity.failures';
import type { Session, SessionIssuer } from '../session-issuer';

export interface RefreshSessionInput {
  refreshToken: string;
}

export interface RefreshSessionDeps {
  users: UserRepository;
  refreshTokens: RefreshTokenStore;
  tokenHasher: TokenHasher;
  sessions: SessionIssuer;
  ids: IdGenerator;
  clock: Clock;
}

/**
 * POST /auth/refresh: trades a refresh token for a new session. Each refresh token works once.
 * Presenting one that was already used (or revoked) means two parties hold it, one of them
 * probably a thief, and nobody can tell which: the whole family, including the newest token, is
 * revoked and the user must sign in again. Two concurrent uses of one token count the same way:
 * the store lets exactly one claim it; the other revokes the family.
 * Every failure is the same 'unauthenticated' error.
 */
export class RefreshSessionUseCase {
  constructor(private readonly deps: RefreshSessionDeps) {}

  async execute(input: RefreshSessionInput): Promise<Session> {
    const { refreshTokens, clock } = this.deps;
    const token = input?.refreshToken;
    if (typeof token !== 'string' || token === '') throw invalidRefreshToken();

    const now = clock.now();
    const record = await refreshTokens.findByHash(this.deps.tokenHasher.sha256(token));
    if (!record) throw invalidRefreshToken();
    if (record.usedAt || record.revokedAt) {
      await refreshTokens.revokeFamily(record.familyId, now);
      throw invalidRefreshToken();
    }
    if (record.expiresAt.getTime() <= now.getTime()) throw invalidRefreshToken();

    // The current role and email go into the new access token (an admin may have changed them).
    const user = await this.deps.users.findById(record.userId);
    if (!user) {
      await refreshTokens.revokeFamily(record.familyId, now);
      throw invalidRefreshToken();
    }

    const nextId = this.deps.ids.next();
    if (!(await refreshTokens.markUsed(record.id, now, nextId))) {
      // Used or revoked since we read it: a concurrent use of the same token.
      await refreshTokens.revokeFamily(record.familyId, now);
      throw invalidRefreshToken();
    }
    return this.deps.sessions.continue(user, record.familyId, nextId);
  }
}
