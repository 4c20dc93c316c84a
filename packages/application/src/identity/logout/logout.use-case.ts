import type { Clock } from '../../ports/clock.port';
import type { RefreshTokenStore } from '../../ports/refresh-token-store.port';
import type { TokenHasher } from '../../ports/token-hasher.port';

export interface LogoutInput {
  refreshToken: string;
}

export interface LogoutDeps {
  refreshTokens: RefreshTokenStore;
  tokenHasher: TokenHasher;
  clock: Clock;
}

/**
 * POST /auth/logout: ends the session the refresh token belongs to (its whole family, so no
 * earlier or later token of that sign-in works). An unknown token is already no session: success.
 * Access tokens already handed out stay valid until they expire (15 minutes).
 */
export class LogoutUseCase {
  constructor(private readonly deps: LogoutDeps) {}

  async execute(input: LogoutInput): Promise<void> {
    const token = input?.refreshToken;
    if (typeof token !== 'string' || token === '') return;
    const record = await this.deps.refreshTokens.findByHash(this.deps.tokenHasher.sha256(token));
    if (record) await this.deps.refreshTokens.revokeFamily(record.familyId, this.deps.clock.now());
  }
}
