/** A password-reset token as stored: only the SHA-256 hash of the emailed token is kept. */
export interface NewPasswordResetRecord {
  id: string;
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

export interface PasswordResetRecord extends NewPasswordResetRecord {
  /** When it was used, or invalidated by a newer request or a completed reset. */
  usedAt: Date | null;
}

export interface PasswordResetStore {
  create(record: NewPasswordResetRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<PasswordResetRecord | null>;
  /** Atomically claims the token: true only if it was unused; a concurrent second call gets false. */
  markUsed(id: string, at: Date): Promise<boolean>;
  /** Marks every unused token of the user as used, so only a newer one can work. */
  invalidateAllForUser(userId: string, at: Date): Promise<void>;
}
