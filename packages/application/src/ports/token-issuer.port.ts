import type { UserRole } from '@devgear/domain';

export interface AccessTokenClaims {
  /** The user id. */
  sub: string;
  role: UserRole;
  email: string;
}

export interface IssuedAccessToken {
  token: string;
  /** Lifetime in seconds (CONTRACT.md: 15 minutes), reported to clients as expires_in. */
  expiresInSeconds: number;
}

/** Signs short-lived access tokens (a JWT in production). */
export interface TokenIssuer {
  issueAccessToken(claims: AccessTokenClaims): Promise<IssuedAccessToken>;
}
