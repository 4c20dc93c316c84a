import type { UserRole } from '@devgear/domain';
import type { Clock } from '../ports/clock.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { RefreshTokenStore } from '../ports/refresh-token-store.port';
import type { SecureRandom } from '../ports/secure-random.port';
import type { TokenHasher } from '../ports/token-hasher.port';
import type { TokenIssuer } from '../ports/token-issuer.port';

/** What register, login and refresh hand to the client (access_token, expires_in, refresh_token). */
export interface Session {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Opaque; single use: refreshing returns a new one. */
  refreshToken: string;
}

/** Who a session is for: the access token carries these claims. */
export interface SessionSubject {
  id: string;
  email: string;
  role: UserRole;
}

/** CONTRACT.md: refresh tokens live 7 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
/** 256 bits. */
export const REFRESH_TOKEN_BYTES = 32;

export interface SessionIssuerDeps {
  tokens: TokenIssuer;
  refreshTokens: RefreshTokenStore;
  random: SecureRandom;
  tokenHasher: TokenHasher;
  ids: IdGenerator;
  clock: Clock;
}

export interface SessionIssuerOptions {
  /** Lifetime of each refresh token from its issue (sliding: every refresh starts a new period). */
  refreshTokenTtlSeconds?: number;
}

/**
 * Issues a session: an access token plus a new refresh token, of which only the SHA-256 hash is
 * stored. Shared by register, login (new token family) and refresh (the next token of a family).
 */
export class SessionIssuer {
  private readonly refreshTtlMs: number;

  constructor(
    private readonly deps: SessionIssuerDeps,
    options: SessionIssuerOptions = {},
  ) {
    const ttl = options.refreshTokenTtlSeconds ?? REFRESH_TOKEN_TTL_SECONDS;
    if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new RangeError(`refreshTokenTtlSeconds must be a positive whole number, got ${ttl}`);
    this.refreshTtlMs = ttl * 1000;
  }

  /** A new session after signing in: its refresh token starts a new family. */
  async start(subject: SessionSubject): Promise<Session> {
    const id = this.deps.ids.next();
    return this.issue(subject, id, id);
  }

  /**
   * The successor of a refresh token that was just used: same family, with the id already
   * recorded as the used token's replacedBy.
   */
  async continue(subject: SessionSubject, familyId: string, tokenId: string): Promise<Session> {
    return this.issue(subject, familyId, tokenId);
  }

  private async issue(subject: SessionSubject, familyId: string, tokenId: string): Promise<Session> {
    const now = this.deps.clock.now();
    const refreshToken = this.deps.random.token(REFRESH_TOKEN_BYTES);
    await this.deps.refreshTokens.create({
      id: tokenId,
      familyId,
      userId: subject.id,
      tokenHash: this.deps.tokenHasher.sha256(refreshToken),
      expiresAt: new Date(now.getTime() + this.refreshTtlMs),
      createdAt: now,
    });
    const access = await this.deps.tokens.issueAccessToken({ sub: subject.id, role: subject.role, email: subject.email });
    return { accessToken: access.token, expiresIn: access.expiresInSeconds, refreshToken };
  }
}
