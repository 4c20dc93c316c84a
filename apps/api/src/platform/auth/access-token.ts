import type { JwtService } from '@nestjs/jwt';
import { isUserRole } from '@devgear/domain';
import type { AuthUser } from './auth.decorators';

const BEARER = /^Bearer\s+(\S+)$/i;
const MAX_REMEMBERED = 10_000;

/**
 * Who is calling, from an `Authorization: Bearer <access token>` header, for routes served
 * outside Nest's guards (the catalog fast path), by the contract's rules for a session: an
 * HS256 token, not expired, with `exp`, a `sub` and a known role; anything else is an
 * anonymous caller (these routes are public). A verified
 * token is remembered until it expires, so a signed-in shopper browsing the catalog does not
 * pay an HMAC per request.
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
      const claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: ['HS256'] });
      const { exp, sub, role, email } = claims;
      // A session needs all three: jsonwebtoken alone accepts a token without exp as never expiring.
      if (typeof exp !== 'number' || !Number.isFinite(exp) || typeof sub !== 'string' || sub === '' || !isUserRole(role)) return null;
      const user: AuthUser = { id: sub, email: typeof email === 'string' ? email : '', role };
      if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
      this.verified.set(token, { user, expiresAt: exp * 1000 });
      return user;
    } catch {
      return null;
    }
  }
}
