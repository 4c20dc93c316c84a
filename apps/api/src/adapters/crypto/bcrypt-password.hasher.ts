import bcrypt from 'bcrypt';
import type { PasswordHasher } from '@devgear/application';

/** bcrypt with cost 12 (about a quarter second per hash on this class of machine). */
export class BcryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost = 12) {}

  hash(plain: string): Promise<string> {
    return bcrypt.hash(plain, this.cost);
  }

  verify(plain: string, hash: string): Promise<boolean> {
    return bcrypt.compare(plain, hash);
  }
}
