import { DomainError } from './domain-error';

const PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,63}$/;

/** A stock-keeping unit code, normalised to upper case: 'KC-K2-BROWN'. 2..64 characters. */
export class Sku {
  private constructor(readonly value: string) {
    Object.freeze(this);
  }

  static create(raw: string): Sku {
    const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    if (!PATTERN.test(value)) {
      const problem =
        value.length === 0
          ? 'must not be blank'
          : value.length < 2 || value.length > 64
            ? 'must be 2 to 64 characters long'
            : "must contain only letters, digits, '.', '_' or '-' and start with a letter or digit";
      throw new DomainError('SKU.INVALID', `Invalid SKU "${String(raw)}": ${problem}`, 'validation', { sku: [problem] });
    }
    return new Sku(value);
  }

  equals(other: Sku): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
