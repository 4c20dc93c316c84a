import type { TokenHasher } from '../ports/token-hasher.port';

/**
 * A readable stand-in for SHA-256 (tests only): the token reversed behind a tag, so a stored hash
 * never contains the token itself (specs can check no plain token is stored). Records its calls.
 */
export class FakeTokenHasher implements TokenHasher {
  /** Every token hashed, oldest first. */
  readonly hashed: string[] = [];

  sha256(token: string): string {
    this.hashed.push(token);
    return `sha256:${[...token].reverse().join('')}`;
  }
}
