import { DomainError } from './domain-error';
import { Money } from './money.value-object';

const usd = (amount: number) => Money.of(amount, 'USD');

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('Money', () => {
  describe('of', () => {
    it('keeps integer minor units and the currency', () => {
      const price = Money.of(12999, 'USD');
      expect(price.amount).toBe(12999);
      expect(price.currency).toBe('USD');
      expect(price.toJSON()).toEqual({ amount: 12999, currency: 'USD' });
    });

    it.each([1.5, 0.1, Number.NaN, Infinity])('rejects the non-integer amount %p', (amount) => {
      const error = errorOf(() => Money.of(amount, 'USD'));
      expect(error.code).toBe('MONEY.INVALID_AMOUNT');
      expect(error.kind).toBe('validation');
    });

    it('rejects integers beyond the safe range, where cents would silently be lost', () => {
      expect(errorOf(() => Money.of(Number.MAX_SAFE_INTEGER + 1, 'USD')).code).toBe('MONEY.INVALID_AMOUNT');
      expect(Money.of(Number.MAX_SAFE_INTEGER, 'USD').amount).toBe(Number.MAX_SAFE_INTEGER);
    });

    it.each(['usd', 'US', 'USDX', '', '12A'])('rejects the currency %p', (currency) => {
      expect(errorOf(() => Money.of(100, currency)).code).toBe('MONEY.INVALID_CURRENCY');
    });

    it('normalises negative zero', () => {
      expect(Object.is(Money.of(-0, 'USD').amount, 0)).toBe(true);
    });

    it('zero() is a zero amount', () => {
      expect(Money.zero('EUR').isZero()).toBe(true);
      expect(Money.zero('EUR').currency).toBe('EUR');
    });
  });

  describe('arithmetic', () => {
    it('adds, subtracts and multiplies without changing the operands', () => {
      const a = usd(1999);
      const b = usd(1);
      expect(a.add(b).amount).toBe(2000);
      expect(a.subtract(usd(2999)).amount).toBe(-1000);
      expect(a.multiply(3).amount).toBe(5997);
      expect(a.amount).toBe(1999);
    });

    it('sums a list, zero for an empty one', () => {
      expect(Money.sum([usd(100), usd(250), usd(1)], 'USD').amount).toBe(351);
      expect(Money.sum([], 'USD').equals(usd(0))).toBe(true);
    });

    it('refuses to mix currencies', () => {
      const eur = Money.of(100, 'EUR');
      for (const op of [() => usd(1).add(eur), () => usd(1).subtract(eur), () => usd(1).compare(eur), () => usd(1).lessThan(eur)]) {
        const error = errorOf(op);
        expect(error.code).toBe('MONEY.CURRENCY_MISMATCH');
        expect(error.message).toContain('USD');
        expect(error.message).toContain('EUR');
      }
    });

    it('rejects a fractional multiplier', () => {
      expect(errorOf(() => usd(100).multiply(1.5)).code).toBe('MONEY.INVALID_FACTOR');
    });

    it('throws on overflow instead of losing precision', () => {
      const big = usd(Number.MAX_SAFE_INTEGER);
      expect(errorOf(() => big.add(usd(1))).code).toBe('MONEY.OVERFLOW');
      expect(errorOf(() => usd(Number.MIN_SAFE_INTEGER).subtract(usd(1))).code).toBe('MONEY.OVERFLOW');
      expect(errorOf(() => usd(2 ** 30).multiply(2 ** 30)).code).toBe('MONEY.OVERFLOW');
      expect(errorOf(() => big.basisPoints(10_001)).code).toBe('MONEY.OVERFLOW');
    });
  });

  describe('percentage (half-up to the minor unit)', () => {
    it.each([
      [1999, 12.5, 250], // 249.875
      [5, 10, 1], // 0.5 rounds up
      [4, 10, 0], // 0.4 rounds down
      [15, 10, 2], // 1.5
      [25, 10, 3], // 2.5 (not banker's rounding)
      [1000, 33.3, 333],
      [1005, 0.5, 5], // 5.025
      [1999, 100, 1999],
      [1999, 0, 0],
      [3, 50, 2], // 1.5
      [10000, 0.01, 1],
      [12345, 17.25, 2130], // 2129.5125
    ])('%p x %p%% = %p', (amount, pct, expected) => {
      expect(usd(amount).percentage(pct).amount).toBe(expected);
    });

    it('has no floating-point drift on amounts where naive maths goes wrong', () => {
      // amount * pct / 100 in doubles gives 161.49999999999997 and 320.49999999999994 here
      expect(usd(1000).percentage(16.15).amount).toBe(162);
      expect(usd(1000).percentage(32.05).amount).toBe(321);
      // 1.15 is 1.149999... as a double; 1.15% of 1000 is exactly 11.5 -> 12
      expect(usd(1000).percentage(1.15).amount).toBe(12);
    });

    it('rounds halves away from zero for negative amounts', () => {
      expect(usd(-5).percentage(10).amount).toBe(-1);
      expect(usd(-4).percentage(10).amount).toBe(0);
    });

    it.each([-1, 100.01, Number.NaN, Infinity])('rejects %p', (pct) => {
      expect(errorOf(() => usd(100).percentage(pct)).code).toBe('MONEY.INVALID_PERCENTAGE');
    });
  });

  describe('basisPoints (half-up)', () => {
    it.each([
      [10000, 825, 825],
      [1999, 825, 165], // 164.9175
      [50, 100, 1], // 0.5
      [49, 100, 0], // 0.49
      [1999, 0, 0],
      [200, 15000, 300], // 150%
    ])('%p x %p bps = %p', (amount, bps, expected) => {
      expect(usd(amount).basisPoints(bps).amount).toBe(expected);
    });

    it('rejects fractional or negative basis points', () => {
      expect(errorOf(() => usd(100).basisPoints(1.5)).code).toBe('MONEY.INVALID_BASIS_POINTS');
      expect(errorOf(() => usd(100).basisPoints(-1)).code).toBe('MONEY.INVALID_BASIS_POINTS');
    });
  });

  describe('comparison', () => {
    it('orders amounts of one currency', () => {
      expect(usd(1).compare(usd(2))).toBe(-1);
      expect(usd(2).compare(usd(2))).toBe(0);
      expect(usd(3).compare(usd(2))).toBe(1);
      expect(usd(3).greaterThan(usd(2))).toBe(true);
      expect(usd(3).lessThan(usd(2))).toBe(false);
    });

    it('treats money in another currency as not equal rather than failing', () => {
      expect(usd(100).equals(usd(100))).toBe(true);
      expect(usd(100).equals(Money.of(100, 'EUR'))).toBe(false);
    });

    it('knows zero, negative and positive', () => {
      expect(usd(0).isZero()).toBe(true);
      expect(usd(-1).isNegative()).toBe(true);
      expect(usd(1).isPositive()).toBe(true);
      expect(usd(0).isPositive()).toBe(false);
    });
  });

  it('serialises to the wire shape', () => {
    expect(JSON.parse(JSON.stringify({ price: usd(12999) }))).toEqual({ price: { amount: 12999, currency: 'USD' } });
  });

  it('is immutable', () => {
    const price = usd(100);
    expect(() => {
      (price as { amount: number }).amount = 1;
    }).toThrow(TypeError);
  });
});

describe('Money.toDisplayString', () => {
  it('shows major units with the currency decimals, for messages people read', () => {
    expect(Money.of(2000, 'USD').toDisplayString()).toBe('20.00 USD');
    expect(Money.of(1990, 'EUR').toDisplayString()).toBe('19.90 EUR');
    expect(Money.of(5, 'USD').toDisplayString()).toBe('0.05 USD');
    expect(Money.of(-1250, 'GBP').toDisplayString()).toBe('-12.50 GBP');
    expect(Money.of(500, 'JPY').toDisplayString()).toBe('500 JPY');
  });
});
