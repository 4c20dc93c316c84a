import { DomainError } from '../shared/domain-error';
import { Money, type MoneyJSON } from '../shared/money.value-object';

/** Stable error codes of pricing. */
export const PricingErrorCodes = {
  INVALID_SETTINGS: 'PRICING.INVALID_SETTINGS',
  INVALID_LINE: 'PRICING.INVALID_LINE',
  CURRENCY_MISMATCH: 'PRICING.CURRENCY_MISMATCH',
  INVALID_DISCOUNT: 'PRICING.INVALID_DISCOUNT',
} as const;

/** The store's pricing configuration (STORE_CURRENCY, SHIPPING_FLAT_RATE, FREE_SHIPPING_THRESHOLD, TAX_RATE_BPS). */
export interface PricingSettings {
  /** ISO-4217 code every price must be in ('USD'). */
  currency: string;
  /** Shipping charged below the threshold, in minor units of `currency` (default 999). */
  shippingFlatRate: number;
  /**
   * Shipping is free when the DISCOUNTED subtotal reaches this many minor units (default 10000).
   * 0 makes shipping always free.
   */
  freeShippingThreshold: number;
  /** Tax in basis points (825 = 8.25%) of the discounted subtotal; 0..10000. */
  taxRateBps: number;
}

export interface PricingLine {
  unitPrice: Money;
  /** A whole number of units, at least 1. */
  quantity: number;
}

/** A discount already evaluated against the subtotal (see Discount.evaluate). */
export interface PricingDiscount {
  code: string;
  amount: Money;
}

/**
 * What an order costs, all in integer minor units of one currency.
 * Invariant: total = subtotal - discount + shipping + tax, and 0 <= discount <= subtotal.
 */
export interface PriceBreakdown {
  subtotal: Money;
  discount: Money;
  shipping: Money;
  tax: Money;
  total: Money;
}

export interface PriceBreakdownJSON {
  subtotal: MoneyJSON;
  discount: MoneyJSON;
  shipping: MoneyJSON;
  tax: MoneyJSON;
  total: MoneyJSON;
}

export function priceBreakdownToJSON(breakdown: PriceBreakdown): PriceBreakdownJSON {
  return {
    subtotal: breakdown.subtotal.toJSON(),
    discount: breakdown.discount.toJSON(),
    shipping: breakdown.shipping.toJSON(),
    tax: breakdown.tax.toJSON(),
    total: breakdown.total.toJSON(),
  };
}

export function priceBreakdownFromJSON(json: PriceBreakdownJSON): PriceBreakdown {
  return {
    subtotal: Money.fromJSON(json.subtotal),
    discount: Money.fromJSON(json.discount),
    shipping: Money.fromJSON(json.shipping),
    tax: Money.fromJSON(json.tax),
    total: Money.fromJSON(json.total),
  };
}

/**
 * Whether the breakdown keeps its invariant: one currency, no negative part, a discount no larger
 * than the subtotal, and total = subtotal - discount + shipping + tax.
 */
export function isConsistentPriceBreakdown(b: PriceBreakdown): boolean {
  const parts = [b.subtotal, b.discount, b.shipping, b.tax, b.total];
  if (parts.some((m) => m.currency !== b.subtotal.currency || m.isNegative())) return false;
  if (b.discount.greaterThan(b.subtotal)) return false;
  return b.subtotal.subtract(b.discount).add(b.shipping).add(b.tax).equals(b.total);
}

const TAX_RATE_MAX_BPS = 10_000;

/**
 * Prices a list of lines (a cart, an order). Pure: no I/O, no clock.
 *
 * - subtotal: sum of unit price x quantity;
 * - discount: the evaluated discount, capped at the subtotal (never makes anything negative);
 * - shipping: 0 for no lines; free when the discounted subtotal (subtotal - discount) reaches
 *   the threshold; the flat rate otherwise;
 * - tax: `taxRateBps` of the DISCOUNTED SUBTOTAL (shipping is not taxed), rounded half-up ONCE
 *   for the whole order (never per line, so lines cannot add up rounding errors);
 * - total: subtotal - discount + shipping + tax.
 * Every price must be in the store currency: anything else is PRICING.CURRENCY_MISMATCH.
 */
export class PricingService {
  readonly settings: Readonly<PricingSettings>;

  constructor(settings: PricingSettings) {
    this.settings = Object.freeze(validateSettings(settings));
  }

  get currency(): string {
    return this.settings.currency;
  }

  /** Sum of unit price x quantity of the lines; zero for no lines. */
  subtotal(lines: readonly PricingLine[]): Money {
    const { currency } = this.settings;
    return lines.reduce((sum, line, index) => {
      if (!(line?.unitPrice instanceof Money)) {
        throw new DomainError(PricingErrorCodes.INVALID_LINE, `Line ${index} has no unit price`);
      }
      if (line.unitPrice.currency !== currency) {
        throw currencyMismatch(`line ${index}`, line.unitPrice.currency, currency);
      }
      if (line.unitPrice.isNegative()) {
        throw new DomainError(PricingErrorCodes.INVALID_LINE, `Line ${index} has a negative unit price ${line.unitPrice.toString()}`);
      }
      if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
        throw new DomainError(
          PricingErrorCodes.INVALID_LINE,
          `Line ${index} must have a whole quantity of at least 1, got ${String(line.quantity)}`,
        );
      }
      return sum.add(line.unitPrice.multiply(line.quantity));
    }, Money.zero(currency));
  }

  /** The full breakdown of the lines with an optional, already evaluated discount. */
  quote(lines: readonly PricingLine[], discount: PricingDiscount | null = null): PriceBreakdown {
    const { currency, shippingFlatRate, freeShippingThreshold, taxRateBps } = this.settings;
    const subtotal = this.subtotal(lines);

    let discountAmount = Money.zero(currency);
    if (discount) {
      if (!(discount.amount instanceof Money)) {
        throw new DomainError(PricingErrorCodes.INVALID_DISCOUNT, `Discount ${discount.code} has no amount`);
      }
      if (discount.amount.currency !== currency) throw currencyMismatch(`discount ${discount.code}`, discount.amount.currency, currency);
      if (discount.amount.isNegative()) {
        throw new DomainError(PricingErrorCodes.INVALID_DISCOUNT, `Discount ${discount.code} cannot be negative (${discount.amount.toString()})`);
      }
      discountAmount = discount.amount.greaterThan(subtotal) ? subtotal : discount.amount;
    }

    const discounted = subtotal.subtract(discountAmount);
    const shipping =
      lines.length === 0 || discounted.amount >= freeShippingThreshold ? Money.zero(currency) : Money.of(shippingFlatRate, currency);
    const tax = discounted.basisPoints(taxRateBps);
    const total = discounted.add(shipping).add(tax);
    return { subtotal, discount: discountAmount, shipping, tax, total };
  }
}

function validateSettings(settings: PricingSettings): PricingSettings {
  const problems: string[] = [];
  const value = (settings ?? {}) as Partial<PricingSettings>;
  if (typeof value.currency !== 'string' || !/^[A-Z]{3}$/.test(value.currency)) problems.push('currency must be a 3-letter upper-case ISO code');
  if (!isNonNegativeInteger(value.shippingFlatRate)) problems.push('shippingFlatRate must be a whole number of minor units, 0 or more');
  if (!isNonNegativeInteger(value.freeShippingThreshold)) {
    problems.push('freeShippingThreshold must be a whole number of minor units, 0 or more');
  }
  if (!isNonNegativeInteger(value.taxRateBps) || (value.taxRateBps as number) > TAX_RATE_MAX_BPS) {
    problems.push(`taxRateBps must be a whole number from 0 to ${TAX_RATE_MAX_BPS}`);
  }
  if (problems.length > 0) {
    throw new DomainError(PricingErrorCodes.INVALID_SETTINGS, `Invalid pricing settings: ${problems.join('; ')}`);
  }
  const valid = value as PricingSettings;
  return { currency: valid.currency, shippingFlatRate: valid.shippingFlatRate, freeShippingThreshold: valid.freeShippingThreshold, taxRateBps: valid.taxRateBps };
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function currencyMismatch(what: string, actual: string, expected: string): DomainError {
  return new DomainError(
    PricingErrorCodes.CURRENCY_MISMATCH,
    `The price of ${what} is in ${actual}, but the store prices in ${expected}`,
    'validation',
  );
}
