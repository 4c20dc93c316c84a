/**
 * One refresh token as stored. The token itself (256 random bits, base64url) is only ever given
 * to the client; the store keeps its SHA-256 hash. Tokens rotate: using one marks it used and
 * issues its successor in the same family, so a token presented twice betrays a stolen copy.
 */
export interface NewRefreshTokenRecord {
  id: string;
  /** Every token descended from one login shares the family id of its first token. */
  familyId: string;
  userId: string;
  /** SHA-256 of the token, as TokenHasher computes it. */
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

export interface RefreshTokenRecord extends NewRefreshTokenRecord {
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The id of the token issued when this one was used. */
  replacedBy: string | null;
}

export interface RefreshTokenStore {
  create(record: NewRefreshTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /**
   * Atomically claims the token: true only if it was neither used nor revoked, and then records
   * usedAt and replacedBy. A concurrent second call for the same id gets false
   * (UPDATE ... WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL; one row = true).
   */
  markUsed(id: string, usedAt: Date, replacedById: string): Promise<boolean>;
  /** Revokes every not yet revoked token of the family (earlier revocation times are kept). */
  revokeFamily(familyId: string, at: Date): Promise<void>;
  /** Revokes every not yet revoked token of the user: signs out all sessions. */
  revokeAllForUser(userId: string, at: Date): Promise<void>;
}
