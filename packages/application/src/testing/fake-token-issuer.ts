import type { AccessTokenClaims, IssuedAccessToken, TokenIssuer } from '../ports/token-issuer.port';

/** Access tokens that are just numbered labels; remembers the claims of each. */
export class FakeTokenIssuer implements TokenIssuer {
  private readonly claimsByToken = new Map<string, AccessTokenClaims>();

  constructor(readonly expiresInSeconds = 900) {}

  async issueAccessToken(claims: AccessTokenClaims): Promise<IssuedAccessToken> {
    const token = `access-${this.claimsByToken.size + 1}.${claims.sub}`;
    this.claimsByToken.set(token, { ...claims });
    return { token, expiresInSeconds: this.expiresInSeconds };
  }

  /** The claims a token was issued with, or null for a token this issuer never made. */
  claimsOf(token: string): AccessTokenClaims | null {
    const claims = this.claimsByToken.get(token);
    return claims ? { ...claims } : null;
  }

  /** How many access tokens were issued. */
  get issued(): number {
    return this.claimsByToken.size;
  }
}
