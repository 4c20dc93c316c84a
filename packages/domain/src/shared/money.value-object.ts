import { DomainError } from './domain-error';

const CURRENCY = /^[A-Z]{3}$/;

export interface MoneyJSON {
  amount: number;
  currency: string;
}

/**
 * An amount of money in integer minor units (cents) of an ISO-4217 currency. Immutable.
 * All arithmetic stays exact: results that would leave the safe-integer range throw
 * MONEY.OVERFLOW instead of silently losing cents, and mixing currencies throws
 * MONEY.CURRENCY_MISMATCH.
 */
/** ISO 4217 currencies without minor units in everyday use. */
const ZERO_DECIMAL_CURRENCIES = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);

export class Money {
  private constructor(
    readonly amount: number,
    readonly currency: string,
  ) {
    Object.freeze(this);
  }

  /** `amount` in minor units (12999 is $129.99); `currency` a 3-letter upper-case code. */
  static of(amount: number, currency: string): Money {
    if (typeof amount !== 'number' || !Number.isInteger(amount)) {
      throw new DomainError('MONEY.INVALID_AMOUNT', `Money amount must be a whole number of minor units, got ${String(amount)}`, 'validation', {
        amount: ['must be a whole number of minor units'],
      });
    }
    if (!Number.isSafeInteger(amount)) {
      throw new DomainError('MONEY.INVALID_AMOUNT', `Money amount ${amount} is too large to be represented exactly`, 'validation', {
        amount: ['is too large'],
      });
    }
    if (typeof currency !== 'string' || !CURRENCY.test(currency)) {
      throw new DomainError('MONEY.INVALID_CURRENCY', `Currency must be a 3-letter upper-case ISO code, got "${String(currency)}"`, 'validation', {
        currency: ['must be a 3-letter upper-case ISO currency code'],
      });
    }
    return new Money(amount + 0 /* turns -0 into 0 */, currency);
  }

  static zero(currency: string): Money {
    return Money.of(0, currency);
  }

  static fromJSON(json: MoneyJSON): Money {
    return Money.of(json.amount, json.currency);
  }

  /** Sum of `items`, or zero of `currency` for an empty list. */
  static sum(items: readonly Money[], currency: string): Money {
    return items.reduce((total, item) => total.add(item), Money.zero(currency));
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return this.withAmount(BigInt(this.amount) + BigInt(other.amount), 'add');
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return this.withAmount(BigInt(this.amount) - BigInt(other.amount), 'subtract');
  }

  /** Multiplies by a whole number (a quantity). */
  multiply(factor: number): Money {
    if (!Number.isSafeInteger(factor)) {
      throw new DomainError('MONEY.INVALID_FACTOR', `Money can only be multiplied by a whole number, got ${String(factor)}`);
    }
    return this.withAmount(BigInt(this.amount) * BigInt(factor), 'multiply');
  }

  /**
   * `pct` percent of this amount (0..100, fractions allowed: 12.5), rounded half-up
   * (half away from zero) to the minor unit. The percentage is read as the decimal it is
   * written as, so 12.5% of 1999 is exactly 249.875 -> 250 with no floating-point drift.
   */
  percentage(pct: number): Money {
    if (typeof pct !== 'number' || !Number.isFinite(pct) || pct < 0 || pct > 100) {
      throw new DomainError('MONEY.INVALID_PERCENTAGE', `A percentage must be a number from 0 to 100, got ${String(pct)}`);
    }
    const { numerator, denominator } = exactDecimal(pct);
    return this.withAmount(divideHalfUp(BigInt(this.amount) * numerator, denominator * 100n), 'percentage');
  }

  /** `bps` basis points (1 bps = 0.01%; a whole number >= 0) of this amount, rounded half-up. */
  basisPoints(bps: number): Money {
    if (!Number.isSafeInteger(bps) || bps < 0) {
      throw new DomainError('MONEY.INVALID_BASIS_POINTS', `Basis points must be a whole number of zero or more, got ${String(bps)}`);
    }
    return this.withAmount(divideHalfUp(BigInt(this.amount) * BigInt(bps), 10_000n), 'basisPoints');
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other` (same currency only). */
  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    return this.amount < other.amount ? -1 : this.amount > other.amount ? 1 : 0;
  }

  /** Same amount and currency; money in different currencies is simply not equal. */
  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount === other.amount;
  }

  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  isZero(): boolean {
    return this.amount === 0;
  }

  isNegative(): boolean {
    return this.amount < 0;
  }

  isPositive(): boolean {
    return this.amount > 0;
  }

  toJSON(): MoneyJSON {
    return { amount: this.amount, currency: this.currency };
  }

  /**
   * For messages people read ("20.00 USD", "500 JPY"): the amount in major units with the
   * currency's usual number of decimals. Rich formatting belongs to the clients.
   */
  toDisplayString(): string {
    const decimals = ZERO_DECIMAL_CURRENCIES.has(this.currency) ? 0 : 2;
    const sign = this.amount < 0 ? '-' : '';
    const abs = Math.abs(this.amount);
    if (decimals === 0) return `${sign}${abs} ${this.currency}`;
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${this.currency}`;
  }

  /** For logs only ("12999 USD"); presentation belongs to the clients. */
  toString(): string {
    return `${this.amount} ${this.currency}`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new DomainError(
        'MONEY.CURRENCY_MISMATCH',
        `Cannot combine ${this.currency} with ${other.currency}`,
        'validation',
      );
    }
  }

  private withAmount(amount: bigint, operation: string): Money {
    if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new DomainError('MONEY.OVERFLOW', `Money ${operation} overflowed: the result is too large to represent exactly`);
    }
    return new Money(Number(amount) + 0, this.currency);
  }
}

/**
 * The exact decimal a finite number is written as (its shortest round-trip representation),
 * as numerator / 10^k: 12.5 -> 125/10, 1e-7 -> 1/10000000.
 */
function exactDecimal(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new Error(`Unexpected number format: ${String(value)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  let numerator = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  let denominator = 1n;
  if (scale >= 0) denominator = 10n ** BigInt(scale);
  else numerator *= 10n ** BigInt(-scale);
  return { numerator, denominator };
}

/** numerator / denominator (denominator > 0) rounded half away from zero. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}
