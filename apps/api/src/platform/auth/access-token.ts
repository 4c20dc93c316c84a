import type { JwtService } from '@nestjs/jwt';
import type { AuthUser } from './auth.decorators';
import { ACCESS_TOKEN_ALGORITHM, sessionOf } from './jwt.strategy';

const BEARER = /^Bearer\s+(\S+)$/i;
const MAX_REMEMBERED = 10_000;

/**
 * Who is calling, from an `Authorization: Bearer <access token>` header, for routes served
 * outside Nest's guards (the catalog fast path), by the rules of the passport strategy
 * (jwt.strategy.ts: the algorithm, expiry, and `sessionOf` for the claims); anything else is an
 * anonymous caller (these routes are public). A verified token is remembered until it expires,
 * so a signed-in shopper browsing the catalog does not pay an HMAC per request.
 */
export class AccessTokenReader {
  private readonly verified = new Map<string, { user: AuthUser; expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly now: () => number = Date.now,
  ) {}

  async caller(authorization: string | string[] | undefined): Promise<AuthUser | null> {
    if (typeof authorization !== 'string') return null;
    const token = BEARER.exec(authorization)?.[1];
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > this.now()) return known.user;
      this.verified.delete(token);
    }
    try {
      const claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: [ACCESS_TOKEN_ALGORITHM] });
      const user = sessionOf(claims);
      if (!user) return null;
      if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
      this.verified.set(token, { user, expiresAt: (claims.exp as number) * 1000 });
      return user;
    } catch {
      return null;
    }
  }
}
