import type { Discount } from '@devgear/domain';

export interface DiscountListQuery {
  /** Case-insensitive substring of the code. */
  q?: string;
  /** Include archived (deleted) discounts; false unless given. */
  includeArchived?: boolean;
  page: number;
  perPage: number;
}

export interface DiscountListPage {
  /** Newest first. */
  items: Discount[];
  total: number;
}

/** One use of a code by one order. */
export interface DiscountRedemption {
  discountId: string;
  customerId: string;
  orderId: string;
  /** The limits the caller evaluated against (Discount.usageLimit / perCustomerLimit); null = none. */
  usageLimit: number | null;
  perCustomerLimit: number | null;
  at: Date;
}

/**
 * Loads and stores discounts and counts their redemptions.
 * Codes are unique among live (not archived) discounts: save() must surface a taken code as
 * DomainError kind 'conflict', code DISCOUNT.DUPLICATE_CODE, details { code: ['is already used by another discount'] }
 * (a partial unique index on upper(code) WHERE archived_at IS NULL). save() never writes
 * times_used: only redeem() and release() change it.
 */
export interface DiscountRepository {
  findById(id: string): Promise<Discount | null>;
  /** The live discount with this code (compared upper-case); null when none or only archived ones. */
  findByCode(code: string): Promise<Discount | null>;
  list(query: DiscountListQuery): Promise<DiscountListPage>;
  save(discount: Discount): Promise<void>;
  /** How many orders of this customer hold a redemption of the discount. */
  countRedemptions(discountId: string, customerId: string): Promise<number>;
  /**
   * Atomically records that `orderId` uses the discount: true when it did (or had already been
   * recorded for this order), false when that would break a limit, counted at the moment of the
   * write (total times_used < usageLimit, and this customer's redemptions < perCustomerLimit).
   * Two concurrent calls can never both take the last use: lock the discount row
   * (SELECT ... FOR UPDATE) or use a conditional UPDATE ... WHERE times_used < $limit.
   */
  redeem(redemption: DiscountRedemption): Promise<boolean>;
  /** Gives the use back (the order was never paid). Idempotent: a second call changes nothing. */
  release(discountId: string, orderId: string): Promise<void>;
}
