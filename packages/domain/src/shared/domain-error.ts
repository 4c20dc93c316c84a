/**
 * What went wrong, in the terms the outside world maps to a response:
 * the API's error filter turns each kind into one status and wire code of CONTRACT.md.
 */
export type DomainErrorKind =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'out_of_stock'
  | 'invalid_state'
  | 'payment_declined'
  | 'invalid_discount'
  | 'unauthenticated'
  | 'forbidden';

/**
 * A broken business rule. `code` is a stable string ('MONEY.CURRENCY_MISMATCH',
 * 'CATALOG.DUPLICATE_SKU') that callers and tests may rely on; `message` is for humans;
 * `details` maps a field path in the domain's camelCase ('variants.1.sku', 'shippingAddress.postalCode')
 * to its problems; the API's error filter writes each path as the wire names it (snake_case).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'validation',
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
    Object.setPrototypeOf(this, new.target.prototype);
  }

  static isDomainError(error: unknown): error is DomainError {
    return error instanceof DomainError;
  }
}
