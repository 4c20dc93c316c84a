import { createHash, randomBytes } from 'node:crypto';
import type { SecureRandom, TokenHasher } from '@devgear/application';

/** Opaque tokens from the OS CSPRNG, base64url. */
export class NodeSecureRandom implements SecureRandom {
  token(bytes: number): string {
    return randomBytes(bytes).toString('base64url');
  }
}

/** SHA-256 (hex): what is stored instead of refresh and reset tokens. */
export class Sha256TokenHasher implements TokenHasher {
  sha256(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
