import type { MoneyDto } from '@devgear/contracts';

/**
 * Money helpers for display and for turning what a person typed into minor units.
 * Amounts are integers of minor units (cents) everywhere; nothing here does arithmetic
 * on floating-point major units.
 */

export const DEFAULT_LOCALE = 'en-US';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * The store's currencies as en-US writes them, formatted without Intl: the first
 * `new Intl.NumberFormat(..., { style: 'currency' })` of a page load costs ~30 ms of ICU set-up
 * (over 100 ms on a phone), inside the render of the first price. Same output as Intl
 * (money.test.ts compares them); any other locale or currency goes to Intl.
 */
const EN_US_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

function formatEnUs(amount: number, symbol: string): string {
  const text = minorToDecimalString(amount, 2);
  const negative = text.startsWith('-');
  const [major, minor] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}${symbol}${major.replace(/\B(?=(\d{3})+$)/g, ',')}.${minor}`;
}

/** "$" for USD: the symbol en-US writes before an amount of the currency. */
export function currencySymbol(currency: string): string {
  const symbol = EN_US_SYMBOLS[currency];
  if (symbol !== undefined) return symbol;
  return formatterFor(currency, DEFAULT_LOCALE).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

const digitsByCurrency = new Map<string, number>();

/** Number of minor-unit digits of a currency (USD 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  if (EN_US_SYMBOLS[currency] !== undefined) return 2;
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = formatterFor(currency, DEFAULT_LOCALE).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Exact decimal string of an amount of minor units: (12999, 2) -> "129.99", (-5, 2) -> "-0.05". */
export function minorToDecimalString(amount: number, digits: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  const negative = amount < 0;
  const abs = String(Math.abs(amount));
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  const major = padded.slice(0, padded.length - digits);
  const minor = padded.slice(padded.length - digits);
  return `${negative ? '-' : ''}${major}.${minor}`;
}

/** "$129.99" for { amount: 12999, currency: "USD" }. */
export function formatMoney(money: MoneyDto, locale: string = DEFAULT_LOCALE): string {
  const symbol = locale === DEFAULT_LOCALE ? EN_US_SYMBOLS[money.currency] : undefined;
  if (symbol !== undefined) return formatEnUs(money.amount, symbol);
  const nf = formatterFor(money.currency, locale);
  // A decimal string keeps the value exact (Intl.NumberFormat v3 formats strings as decimals).
  const decimal = minorToDecimalString(money.amount, minorDigits(money.currency));
  return nf.format(decimal as `${number}`);
}

/** Formats a whole range of minor units: "$49.00 – $129.99" (or one price when equal). */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string = DEFAULT_LOCALE): string {
  const low = formatMoney({ amount: min, currency }, locale);
  if (min === max) return low;
  return `${low} – ${formatMoney({ amount: max, currency }, locale)}`;
}

/**
 * Parses what a person typed as major units ("19.99", "20", "20.5") into integer minor
 * units without floating-point rounding. Returns null for anything that is not a plain
 * non-negative decimal with at most `digits` decimals.
 */
export function parseMajorToMinor(input: string | number | null | undefined, digits = 2): number | null {
  if (input === null || input === undefined) return null;
  const text = String(input).trim();
  if (text === '') return null;
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the plain decimal text an input box shows: 5000 -> "50", 1999 -> "19.99". */
export function minorToInputString(amount: number, digits = 2): string {
  const text = minorToDecimalString(amount, digits);
  return digits === 0 ? text : text.replace(/\.0+$/, '');
}
