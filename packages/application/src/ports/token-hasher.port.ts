/**
 * Hashes random tokens for storage (SHA-256 in production). The tokens carry 256 bits of
 * randomness, so a fast unsalted hash is enough: a leaked table still cannot be reversed.
 */
export interface TokenHasher {
  /** The SHA-256 digest of the UTF-8 token, hex-encoded. */
  sha256(token: string): string;
}
