import { DomainError } from '../shared/domain-error';
import type { Email } from '../shared/email.value-object';
import { isCommonPassword } from './common-passwords';
import { IdentityErrorCodes, IdentityLimits } from './identity.errors';

export interface PasswordPolicyOptions {
  /** The account's email: the password may be neither the address nor the part before the @. */
  email?: Email | string | null;
  /** The field named in the error details: 'password' unless told (e.g. 'newPassword'). */
  field?: string;
}

/**
 * What a new password must be (NIST 800-63B style: length and a block list, no composition
 * rules): 8 to 72 bytes of UTF-8 (bcrypt ignores everything after byte 72, so a longer password
 * would silently be cut), not one of the 1,000 most common passwords, and not the email address
 * or its local part (compared ignoring case). The only place the domain sees a plain password.
 */
export class PasswordPolicy {
  static readonly MIN_BYTES = IdentityLimits.PASSWORD_MIN_BYTES;
  static readonly MAX_BYTES = IdentityLimits.PASSWORD_MAX_BYTES;

  private constructor() {}

  /** Every rule `password` breaks, as messages for the field; empty when it is acceptable. */
  static problemsWith(password: unknown, email?: Email | string | null): string[] {
    if (typeof password !== 'string') return ['must be a string'];
    // C-string bcrypt bindings stop at the first NUL: 'abc\0anything' would verify as 'abc'.
    if (password.includes('\u0000')) return ['must not contain the NUL character'];
    const bytes = utf8ByteLength(password);
    if (bytes < PasswordPolicy.MIN_BYTES) return [`must be at least ${PasswordPolicy.MIN_BYTES} characters long`];
    if (bytes > PasswordPolicy.MAX_BYTES) {
      return [`must be at most ${PasswordPolicy.MAX_BYTES} bytes long in UTF-8 (accented letters take 2 bytes, emoji 4)`];
    }
    const problems: string[] = [];
    if (isCommonPassword(password)) problems.push('is one of the most common passwords; choose one that is harder to guess');
    const address = email === undefined || email === null ? '' : String(email).trim().toLowerCase();
    if (address) {
      const candidate = password.trim().toLowerCase();
      const local = address.slice(0, Math.max(address.lastIndexOf('@'), 0));
      if (candidate === address || (local !== '' && candidate === local)) {
        problems.push('must not be your email address or the part before the @');
      }
    }
    return problems;
  }

  /** Throws IDENTITY.WEAK_PASSWORD (validation) naming `options.field` when a rule is broken. */
  static assertAcceptable(password: unknown, options: PasswordPolicyOptions = {}): void {
    const problems = PasswordPolicy.problemsWith(password, options.email);
    if (problems.length === 0) return;
    const field = options.field ?? 'password';
    throw new DomainError(IdentityErrorCodes.WEAK_PASSWORD, `Unacceptable password: ${field} ${problems.join('; ')}`, 'validation', {
      [field]: problems,
    });
  }
}

/**
 * Length of `text` encoded as UTF-8, without platform APIs. A lone surrogate counts 3 bytes, as
 * the replacement character an encoder writes for it.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
