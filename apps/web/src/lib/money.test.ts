import { currencySymbol, formatMoney, formatMoneyRange, minorToDecimalString, minorToInputString, parseMajorToMinor } from './money';

describe('formatMoney', () => {
  it('formats integer cents as dollars', () => {
    expect(formatMoney({ amount: 12999, currency: 'USD' })).toBe('$129.99');
    expect(formatMoney({ amount: 5, currency: 'USD' })).toBe('$0.05');
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('$0.00');
    expect(formatMoney({ amount: 123456789, currency: 'USD' })).toBe('$1,234,567.89');
  });

  it('formats negative amounts (refunds, discounts)', () => {
    expect(formatMoney({ amount: -1050, currency: 'USD' })).toBe('-$10.50');
  });

  it('respects the minor units of each currency', () => {
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('¥1,500');
    expect(formatMoney({ amount: 1999, currency: 'EUR' }, 'de-DE')).toBe('19,99\u00a0€');
  });

  it('is exact where float division would not be', () => {
    // amount / 100 as a float would print $90,071,992,547,409.90.
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' })).toBe('$90,071,992,547,409.91');
  });

  it('rejects amounts that are not integers of minor units', () => {
    expect(() => formatMoney({ amount: 10.5, currency: 'USD' })).toThrow(/integer of minor units/);
  });

  it('writes the store currencies exactly as Intl does, without building an Intl formatter', () => {
    const amounts = [0, 1, 5, 99, 100, 999, 1000, 12999, 99999, 100000, 123456, 1000000, 99999999, 100000000, 123456789012, Number.MAX_SAFE_INTEGER];
    for (const currency of ['USD', 'EUR', 'GBP']) {
      const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      for (const amount of [...amounts, ...amounts.map((a) => -a)]) {
        expect(formatMoney({ amount, currency })).toBe(intl.format(minorToDecimalString(amount, 2) as `${number}`));
      }
    }
    const built = jest.spyOn(Intl, 'NumberFormat');
    try {
      expect(formatMoney({ amount: 4999, currency: 'EUR' })).toBe('€49.99');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it('names the currency symbol as Intl does', () => {
    for (const currency of ['USD', 'EUR', 'GBP', 'JPY', 'CHF']) {
      const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value;
      expect(currencySymbol(currency)).toBe(intl);
    }
  });

  it('formats ranges, collapsing equal ends', () => {
    expect(formatMoneyRange(4900, 12999, 'USD')).toBe('$49.00 – $129.99');
    expect(formatMoneyRange(4900, 4900, 'USD')).toBe('$49.00');
  });
});

describe('parseMajorToMinor', () => {
  it('turns typed dollars into integer cents exactly', () => {
    expect(parseMajorToMinor('19.99')).toBe(1999);
    expect(parseMajorToMinor('20')).toBe(2000);
    expect(parseMajorToMinor('20.5')).toBe(2050);
    expect(parseMajorToMinor('0.07')).toBe(7);
    expect(parseMajorToMinor('1.10')).toBe(110);
    expect(parseMajorToMinor(' 35 ')).toBe(3500);
    expect(parseMajorToMinor(49.99)).toBe(4999);
    // Math.round(x * 100) agrees, but only because it rounds away float error: 0.29 * 100 = 28.999999999999996.
    expect(parseMajorToMinor('0.29')).toBe(29);
  });

  it('refuses what is not a plain non-negative price', () => {
    expect(parseMajorToMinor('')).toBeNull();
    expect(parseMajorToMinor(null)).toBeNull();
    expect(parseMajorToMinor('abc')).toBeNull();
    expect(parseMajorToMinor('-5')).toBeNull();
    expect(parseMajorToMinor('1.999')).toBeNull();
    expect(parseMajorToMinor('1e3')).toBeNull();
  });

  it('handles currencies without minor units', () => {
    expect(parseMajorToMinor('1500', 0)).toBe(1500);
    expect(parseMajorToMinor('15.5', 0)).toBeNull();
  });
});

describe('minor unit strings', () => {
  it('renders the exact decimal', () => {
    expect(minorToDecimalString(12999, 2)).toBe('129.99');
    expect(minorToDecimalString(-5, 2)).toBe('-0.05');
    expect(minorToDecimalString(1500, 0)).toBe('1500');
  });

  it('renders what a price input shows', () => {
    expect(minorToInputString(5000)).toBe('50');
    expect(minorToInputString(1999)).toBe('19.99');
    expect(minorToInputString(2050)).toBe('20.50');
  });
});
