import { DomainError } from './domain-error';

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** An email address, stored normalised (trimmed, lower-case) so comparisons are case-insensitive. */
export class Email {
  private constructor(readonly value: string) {
    Object.freeze(this);
  }

  static create(raw: string): Email {
    const value = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    const problem = Email.problemWith(value);
    if (problem) {
      throw new DomainError('EMAIL.INVALID', `Invalid email address "${String(raw)}": ${problem}`, 'validation', {
        email: [problem],
      });
    }
    return new Email(value);
  }

  private static problemWith(value: string): string | null {
    if (value.length === 0) return 'must not be blank';
    if (value.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
    const at = value.lastIndexOf('@');
    if (at <= 0) return 'must be an email address like name@example.com';
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    if (local.length > MAX_LOCAL_LENGTH) return `must have at most ${MAX_LOCAL_LENGTH} characters before the @`;
    if (!LOCAL_PART.test(local) || !DOMAIN.test(domain)) return 'must be an email address like name@example.com';
    return null;
  }

  get domain(): string {
    return this.value.slice(this.value.lastIndexOf('@') + 1);
  }

  equals(other: Email): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
