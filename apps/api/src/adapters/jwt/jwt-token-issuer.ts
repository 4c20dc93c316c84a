import type { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims, IssuedAccessToken, TokenIssuer } from '@devgear/application';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** Access tokens: HS256 JWTs signed with JWT_SECRET, 15 minutes. */
export class JwtTokenIssuer implements TokenIssuer {
  constructor(private readonly jwt: JwtService) {}

  async issueAccessToken(claims: AccessTokenClaims): Promise<IssuedAccessToken> {
    const token = await this.jwt.signAsync({ sub: claims.sub, role: claims.role, email: claims.email }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { token, expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS };
  }
}
