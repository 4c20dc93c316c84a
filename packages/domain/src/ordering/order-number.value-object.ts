import { DomainError } from '../shared/domain-error';
import { OrderingErrorCodes } from './ordering.errors';

/**
 * Upper-case letters and digits a person reads out on the phone without mistakes: no 0/O, 1/I/L,
 * and no U (which makes accidental words). 30 symbols: 8 of them give 30^8 = 6.6e11 numbers.
 */
export const ORDER_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ORDER_NUMBER_PREFIX = 'DG-';
export const ORDER_NUMBER_LENGTH = { MIN: 6, MAX: 8, DEFAULT: 8 } as const;

const PATTERN = new RegExp(`^${ORDER_NUMBER_PREFIX}[${ORDER_NUMBER_ALPHABET}]{${ORDER_NUMBER_LENGTH.MIN},${ORDER_NUMBER_LENGTH.MAX}}$`);

/** A human-friendly order number such as 'DG-7KQ4M2XH': what customers quote to support. */
export class OrderNumber {
  private constructor(readonly value: string) {
    Object.freeze(this);
  }

  /** Accepts any case and surrounding spaces ('dg-7kq4m2xh'). */
  static create(raw: string): OrderNumber {
    const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    if (!PATTERN.test(value)) {
      throw new DomainError(
        OrderingErrorCodes.INVALID_NUMBER,
        `Invalid order number "${String(raw)}": must be ${ORDER_NUMBER_PREFIX} followed by ${ORDER_NUMBER_LENGTH.MIN} to ${ORDER_NUMBER_LENGTH.MAX} of ${ORDER_NUMBER_ALPHABET}`,
        'validation',
        { number: ['must look like DG-7KQ4M2XH'] },
      );
    }
    return new OrderNumber(value);
  }

  static isValid(raw: string): boolean {
    return typeof raw === 'string' && PATTERN.test(raw.trim().toUpperCase());
  }

  /**
   * A new number from a random source: `randomIndex(n)` must return a uniformly random whole
   * number in [0, n) (crypto.randomInt in production).
   */
  static generate(randomIndex: (exclusiveMax: number) => number, length: number = ORDER_NUMBER_LENGTH.DEFAULT): OrderNumber {
    if (!Number.isInteger(length) || length < ORDER_NUMBER_LENGTH.MIN || length > ORDER_NUMBER_LENGTH.MAX) {
      throw new DomainError(OrderingErrorCodes.INVALID_NUMBER, `An order number has ${ORDER_NUMBER_LENGTH.MIN} to ${ORDER_NUMBER_LENGTH.MAX} symbols, not ${length}`);
    }
    let body = '';
    for (let i = 0; i < length; i++) {
      const index = randomIndex(ORDER_NUMBER_ALPHABET.length);
      if (!Number.isInteger(index) || index < 0 || index >= ORDER_NUMBER_ALPHABET.length) {
        throw new DomainError(OrderingErrorCodes.INVALID_NUMBER, `The random source returned ${String(index)}, outside [0, ${ORDER_NUMBER_ALPHABET.length})`);
      }
      body += ORDER_NUMBER_ALPHABET[index];
    }
    return new OrderNumber(ORDER_NUMBER_PREFIX + body);
  }

  equals(other: OrderNumber): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
