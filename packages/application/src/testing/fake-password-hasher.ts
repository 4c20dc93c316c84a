import type { PasswordHasher } from '../ports/password-hasher.port';

/** Reversible "hashing" for tests only: fast, and the hash never equals the password. */
export class FakePasswordHasher implements PasswordHasher {
  async hash(plain: string): Promise<string> {
    return `fake-hash:${[...plain].reverse().join('')}`;
  }

  async verify(plain: string, hash: string): Promise<boolean> {
    return hash === (await this.hash(plain));
  }
}
