import type { JwtService } from '@nestjs/jwt';
import { isUserRole } from '@devgear/domain';
import type { AuthUser } from './auth.decorators';

const BEARER = /^Bearer\s+(\S+)$/i;
const MAX_REMEMBERED = 10_000;

/**
 * Who is calling, from an `Authorization: Bearer <access token>` header, for routes served
 * outside Nest's guards (the catalog fast path), with the AuthGuard's rules: an HS256 token
 * with a string `sub` and a known role; anything else is an anonymous caller. A verified
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
      const claims = await this.jwt.verifyAsync<{ sub: unknown; email: string; role: unknown; exp?: number }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || !isUserRole(claims.role)) return null;
      const user: AuthUser = { id: claims.sub, email: claims.email, role: claims.role };
      if (typeof claims.exp === 'number') {
        if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
        this.verified.set(token, { user, expiresAt: claims.exp * 1000 });
      }
      return user;
    } catch {
      return null;
    }
  }
}
