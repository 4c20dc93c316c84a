/** A cryptographically secure random source (node:crypto randomBytes in production). */
export interface SecureRandom {
  /** `bytes` random bytes, base64url-encoded without padding (32 bytes -> 43 characters). */
  token(bytes: number): string;
}
