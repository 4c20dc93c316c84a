import { z } from 'zod';
import { moneySchema, type MoneyDto } from './common';

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z' });
const limit = z.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000');

/**
 * POST /admin/discounts and, every field optional, PATCH /admin/discounts/{id}. `value` is a
 * percentage (1..100) for `percentage` and a money object for `fixed`; the domain judges the
 * combination (so a PATCH that changes only `value` is checked against the stored type).
 */
const discountFields = {
  code: z.string({ message: 'is required' }).trim().min(3, 'must be at least 3 characters').max(32, 'must be at most 32 characters').regex(/^[A-Za-z0-9_-]+$/, 'may contain letters, digits, dashes and underscores'),
  type: z.enum(['percentage', 'fixed'], { message: 'must be percentage or fixed' }),
  value: z.union([z.number({ message: 'must be a number 1..100 or a money object' }), moneySchema], { message: 'must be a number 1..100 or a money object' }),
  min_subtotal: moneySchema.nullable().optional(),
  starts_at: isoDate.nullable().optional(),
  ends_at: isoDate.nullable().optional(),
  usage_limit: limit.nullable().optional(),
  per_customer_limit: limit.nullable().optional(),
  active: z.boolean({ message: 'must be true or false' }).optional(),
};
export const createDiscountSchema = z.object(discountFields).strict();
export const updateDiscountSchema = z
  .object(discountFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });
export type CreateDiscountRequest = z.input<typeof createDiscountSchema>;
export type UpdateDiscountRequest = z.input<typeof updateDiscountSchema>;

export const discountListQuerySchema = z.object({
  page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1, 'must be at least 1')).optional(),
  per_page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(100, 'must be at most 100')).optional(),
  q: z.string().trim().max(64).optional(),
});

export interface DiscountDto {
  id: string;
  code: string;
  type: 'percentage' | 'fixed';
  value: number | MoneyDto;
  min_subtotal: MoneyDto | null;
  starts_at: string | null;
  ends_at: string | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  active: boolean;
  times_used: number;
  created_at: string;
  updated_at: string;
}
