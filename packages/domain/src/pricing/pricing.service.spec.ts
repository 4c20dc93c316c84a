import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import {
  PricingService,
  isConsistentPriceBreakdown,
  priceBreakdownFromJSON,
  priceBreakdownToJSON,
  type PricingLine,
  type PricingSettings,
} from './pricing.service';

const usd = (amount: number) => Money.of(amount, 'USD');
const line = (unitPrice: number, quantity = 1): PricingLine => ({ unitPrice: usd(unitPrice), quantity });
const DEFAULTS: PricingSettings = { currency: 'USD', shippingFlatRate: 999, freeShippingThreshold: 10000, taxRateBps: 0 };
const pricing = (overrides: Partial<PricingSettings> = {}) => new PricingService({ ...DEFAULTS, ...overrides });
const amounts = (b: ReturnType<PricingService['quote']>) => ({
  subtotal: b.subtotal.amount,
  discount: b.discount.amount,
  shipping: b.shipping.amount,
  tax: b.tax.amount,
  total: b.total.amount,
});

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('PricingService', () => {
  it('prices lines: subtotal, flat shipping below the threshold, total', () => {
    expect(amounts(pricing().quote([line(2999, 2), line(1500)]))).toEqual({ subtotal: 7498, discount: 0, shipping: 999, tax: 0, total: 8497 });
  });

  it('ships free from the threshold on, inclusive', () => {
    expect(pricing().quote([line(9999)]).shipping.amount).toBe(999);
    expect(pricing().quote([line(10000)]).shipping.amount).toBe(0);
    expect(pricing().quote([line(5000, 3)]).shipping.amount).toBe(0);
  });

  it('decides free shipping on the DISCOUNTED subtotal', () => {
    const cart = [line(11000)];
    expect(amounts(pricing().quote(cart, { code: 'TEN', amount: usd(1000) }))).toEqual({
      subtotal: 11000,
      discount: 1000,
      shipping: 0,
      tax: 0,
      total: 10000,
    });
    expect(amounts(pricing().quote(cart, { code: 'TEN', amount: usd(1001) }))).toEqual({
      subtotal: 11000,
      discount: 1001,
      shipping: 999, // 9999 after the discount is below 10000
      tax: 0,
      total: 10998,
    });
  });

  it('charges nothing for an empty cart, not even shipping', () => {
    expect(amounts(pricing({ taxRateBps: 2000 }).quote([]))).toEqual({ subtotal: 0, discount: 0, shipping: 0, tax: 0, total: 0 });
    expect(amounts(pricing().quote([], { code: 'FIVE', amount: usd(500) }))).toEqual({ subtotal: 0, discount: 0, shipping: 0, tax: 0, total: 0 });
  });

  it('never lets a discount exceed the subtotal', () => {
    expect(amounts(pricing().quote([line(700)], { code: 'BIG', amount: usd(5000) }))).toEqual({
      subtotal: 700,
      discount: 700,
      shipping: 999,
      tax: 0,
      total: 999,
    });
  });

  it('with a threshold of 0 shipping is always free; with a flat rate of 0 it costs nothing', () => {
    expect(pricing({ freeShippingThreshold: 0 }).quote([line(1)]).shipping.amount).toBe(0);
    expect(pricing({ shippingFlatRate: 0 }).quote([line(1)]).shipping.amount).toBe(0);
  });

  describe('tax: basis points of the discounted subtotal, rounded half-up once per order', () => {
    it.each([
      // [lines, discount, bps, tax]
      [[line(10000)], 0, 825, 825],
      [[line(1999)], 0, 825, 165], // 164.9175
      [[line(200)], 0, 250, 5], // 5.0 exactly
      [[line(20)], 0, 2500, 5], // 5.0
      [[line(2)], 0, 2500, 1], // 0.5 -> 1 (half-up, not half-even)
      [[line(6)], 0, 2500, 2], // 1.5 -> 2
      [[line(10)], 0, 2500, 3], // 2.5 -> 3
      [[line(1)], 0, 4999, 0], // 0.4999
      [[line(12000)], 2000, 1000, 1000], // 10% of 10000, not of 12000
    ])('%#: tax is %p', (lines, discount, bps, tax) => {
      const quote = pricing({ taxRateBps: bps }).quote(lines, discount ? { code: 'D', amount: usd(discount) } : null);
      expect(quote.tax.amount).toBe(tax);
      expect(isConsistentPriceBreakdown(quote)).toBe(true);
    });

    it('does not tax shipping', () => {
      const quote = pricing({ taxRateBps: 1000 }).quote([line(1000)]);
      expect(amounts(quote)).toEqual({ subtotal: 1000, discount: 0, shipping: 999, tax: 100, total: 2099 });
    });

    it('rounds the whole order once, not each line (per-line rounding would give 3, not 2)', () => {
      // Three lines of 5 at 10%: 0.5 each. Per line half-up: 1 + 1 + 1 = 3. Once: 1.5 -> 2.
      const quote = pricing({ taxRateBps: 1000 }).quote([line(5), { unitPrice: Money.of(5, 'USD'), quantity: 1 }, line(5)]);
      expect(quote.tax.amount).toBe(2);
    });
  });

  it('refuses prices in another currency than the store currency', () => {
    const error = errorOf(() => pricing().quote([line(100), { unitPrice: Money.of(100, 'EUR'), quantity: 1 }]));
    expect(error.code).toBe('PRICING.CURRENCY_MISMATCH');
    expect(error.message).toContain('EUR');
    expect(error.message).toContain('USD');
    expect(errorOf(() => pricing().quote([line(100)], { code: 'EU', amount: Money.of(10, 'EUR') })).code).toBe('PRICING.CURRENCY_MISMATCH');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a line quantity of %p', (quantity) => {
    expect(errorOf(() => pricing().quote([{ unitPrice: usd(100), quantity }])).code).toBe('PRICING.INVALID_LINE');
  });

  it('refuses a negative discount', () => {
    expect(errorOf(() => pricing().quote([line(100)], { code: 'NEG', amount: usd(-1) })).code).toBe('PRICING.INVALID_DISCOUNT');
  });

  it.each([
    [{ currency: 'usd' }, 'currency'],
    [{ shippingFlatRate: -1 }, 'shippingFlatRate'],
    [{ shippingFlatRate: 9.99 }, 'shippingFlatRate'],
    [{ freeShippingThreshold: -5 }, 'freeShippingThreshold'],
    [{ taxRateBps: 10_001 }, 'taxRateBps'],
    [{ taxRateBps: 8.25 }, 'taxRateBps'],
  ] as Array<[Partial<PricingSettings>, string]>)('rejects the settings %p', (overrides, name) => {
    const error = errorOf(() => pricing(overrides));
    expect(error.code).toBe('PRICING.INVALID_SETTINGS');
    expect(error.message).toContain(name);
  });

  it('round-trips a breakdown through JSON', () => {
    const quote = pricing({ taxRateBps: 700 }).quote([line(4321, 3)], { code: 'X', amount: usd(321) });
    const json = priceBreakdownToJSON(quote);
    expect(json.total).toEqual({ amount: quote.total.amount, currency: 'USD' });
    expect(amounts(priceBreakdownFromJSON(json))).toEqual(amounts(quote));
  });

  it('isConsistentPriceBreakdown catches a total that does not add up and a discount above the subtotal', () => {
    const ok = pricing().quote([line(500)]);
    expect(isConsistentPriceBreakdown(ok)).toBe(true);
    expect(isConsistentPriceBreakdown({ ...ok, total: usd(ok.total.amount + 1) })).toBe(false);
    expect(isConsistentPriceBreakdown({ ...ok, discount: usd(501), total: usd(ok.total.amount - 501) })).toBe(false);
  });

  describe('invariants over many generated carts', () => {
    // A small deterministic PRNG (mulberry32) so a failure reproduces.
    function random(seed: number): () => number {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    it('total = subtotal - discount + shipping + tax, discount <= subtotal, shipping and tax follow the rules', () => {
      const next = random(20250301);
      const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
      for (let i = 0; i < 1000; i++) {
        const settings: PricingSettings = {
          currency: 'USD',
          shippingFlatRate: int(0, 2000),
          freeShippingThreshold: int(0, 50_000),
          taxRateBps: int(0, 3000),
        };
        const lines = Array.from({ length: int(0, 8) }, () => line(int(0, 250_000), int(1, 99)));
        const discount = next() < 0.5 ? { code: 'GEN', amount: usd(int(0, 3_000_000)) } : null;
        const quote = new PricingService(settings).quote(lines, discount);

        const expectedSubtotal = lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0);
        const discounted = expectedSubtotal - quote.discount.amount;
        const context = JSON.stringify({ i, settings, lines: lines.map((l) => [l.unitPrice.amount, l.quantity]), discount: discount?.amount.amount });

        expect({ context, ok: isConsistentPriceBreakdown(quote) }).toEqual({ context, ok: true });
        expect(quote.subtotal.amount).toBe(expectedSubtotal);
        expect(quote.discount.amount).toBe(Math.min(discount?.amount.amount ?? 0, expectedSubtotal));
        expect(quote.shipping.amount).toBe(lines.length === 0 || discounted >= settings.freeShippingThreshold ? 0 : settings.shippingFlatRate);
        // Half-up of discounted * bps / 10000, computed independently in exact integers.
        const exact = BigInt(discounted) * BigInt(settings.taxRateBps);
        const expectedTax = Number(exact / 10000n + ((exact % 10000n) * 2n >= 10000n ? 1n : 0n));
        expect(quote.tax.amount).toBe(expectedTax);
        expect([quote.subtotal, quote.discount, quote.shipping, quote.tax, quote.total].every((m) => Number.isInteger(m.amount) && m.amount >= 0)).toBe(true);
      }
    });
  });
});
