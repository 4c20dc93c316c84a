import { z } from 'zod';
import type { MoneyDto } from './common';

/** 1..99 units per line; a whole JSON number (not "2", not 1.5). */
const quantity = z
  .number({ message: 'must be a whole number from 1 to 99' })
  .int('must be a whole number from 1 to 99')
  .min(1, 'must be at least 1')
  .max(99, 'must be at most 99');

/** POST /cart/items: adds to the line of the same variant when the cart has one. */
export const addCartItemSchema = z
  .object({
    variant_id: z.string({ message: 'is required' }).uuid('must be a variant id (UUID)'),
    quantity,
  })
  .strict();
export type AddCartItemRequest = z.input<typeof addCartItemSchema>;

/** PATCH /cart/items/{item_id}: the line's new quantity (DELETE removes a line). */
export const updateCartItemSchema = z.object({ quantity }).strict();
export type UpdateCartItemRequest = z.input<typeof updateCartItemSchema>;

/** POST /cart/discount. Codes are case-insensitive. */
export const applyDiscountSchema = z
  .object({
    code: z.string({ message: 'is required' }).trim().min(1, 'is required').max(32, 'must be at most 32 characters'),
  })
  .strict();
export type ApplyDiscountRequest = z.input<typeof applyDiscountSchema>;

/** Why a line can no longer be bought: its product was archived, or its variant removed. */
export type CartItemUnavailability = 'archived' | 'removed';

/** A line's product picture (the product's first image), for a thumbnail; null when it has none. */
export interface LineImageDto {
  url: string;
  alt: string;
}

/** A line of a cart or an order: the variant bought, how many, at what price. */
export interface PricedLineDto {
  variant_id: string;
  product_id: string;
  name: string;
  sku: string;
  quantity: number;
  unit_price: MoneyDto;
  line_total: MoneyDto;
  /** Extension of the contract: the product's first image now (null without one, or once the product is archived or removed). */
  image: LineImageDto | null;
}

export interface CartItemDto extends PricedLineDto {
  id: string;
  /**
   * Extension of the contract: null for a line that can be bought; otherwise the line stays in
   * the cart (so the customer sees what happened) but is not priced, not counted and blocks checkout.
   */
  unavailable: CartItemUnavailability | null;
}

/** GET /cart (and the answer of every cart write). total = subtotal - discount.amount + shipping_total + tax_total. */
export interface CartDto {
  id: string;
  items: CartItemDto[];
  /** Units of the purchasable lines. */
  item_count: number;
  subtotal: MoneyDto;
  /** The cart's code and what it takes off now; null without a code or while the code does not apply. */
  discount: { code: string; amount: MoneyDto } | null;
  /**
   * Extension of the contract: set when the cart holds a code that does not apply now (expired,
   * below its minimum subtotal, ...); the code stays in the cart and applies again once it can.
   */
  discount_problem: { code: string; message: string } | null;
  shipping_total: MoneyDto;
  tax_total: MoneyDto;
  total: MoneyDto;
  updated_at: string;
}
export interface CartResponse {
  data: CartDto;
}
