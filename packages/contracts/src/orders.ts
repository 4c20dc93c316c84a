import { z } from 'zod';
import type { PricedLineDto } from './cart';
import type { MoneyDto } from './common';

const text = (max: number) => z.string({ message: 'is required' }).trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const optional = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

/** POST /orders body. The Idempotency-Key header is required as well. */
export const placeOrderSchema = z
  .object({
    shipping_address: z
      .object({
        name: text(100),
        line1: text(200),
        line2: optional(200),
        city: text(100),
        state: optional(100),
        postal_code: text(20),
        country: z.string({ message: 'is required' }).trim().regex(/^[A-Za-z]{2}$/, 'must be a 2-letter country code'),
        // Extension of the contract: the recipient's phone for the carrier (the domain checks its digits).
        phone: optional(30), // PostalAddressLimits.PHONE_MAX (limits-agree.spec.ts)
      })
      .strict(),
    payment_method: text(255),
    discount_code: z.string().trim().max(32).nullable().optional(),
  })
  .strict();
export type PlaceOrderRequest = z.input<typeof placeOrderSchema>;

/** The Idempotency-Key header: a client-chosen unique string (a UUID is ideal). */
export const idempotencyKeySchema = z
  .string({ message: 'the Idempotency-Key header is required' })
  .trim()
  .min(8, 'must be at least 8 characters (a UUID is ideal)')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may contain letters, digits, dots, underscores, colons and dashes');

export const ORDER_STATUSES = ['pending', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded', 'payment_failed'] as const;
export type OrderStatusDto = (typeof ORDER_STATUSES)[number];
/** The statuses of real orders: a payment_failed checkout attempt is listed and counted only when asked for. */
export const ORDER_STATUSES_COUNTED = ORDER_STATUSES.filter((s): s is Exclude<OrderStatusDto, 'payment_failed'> => s !== 'payment_failed');

/**
 * Where an order may go from each status (the status machine; the domain's rule, given to
 * clients so they offer only real moves, kept equal to it by order-machine-agrees.spec.ts):
 * pending -> paid -> packed -> shipped -> delivered; pending -> cancelled | payment_failed;
 * paid -> cancelled -> refunded.
 */
export const ORDER_STATUS_TRANSITIONS: Readonly<Record<OrderStatusDto, readonly OrderStatusDto[]>> = {
  pending: ['paid', 'cancelled', 'payment_failed'],
  paid: ['packed', 'cancelled'],
  packed: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: ['refunded'],
  refunded: [],
  payment_failed: [],
};

/**
 * The moves an admin makes with PATCH /admin/orders/{id}/status: fulfilment and cancelling (a
 * paid order is refunded, then ends `refunded`). Payment and refunds move the rest by themselves.
 */
export const ADMIN_ORDER_STATUS_TARGETS = ['packed', 'shipped', 'delivered', 'cancelled'] as const satisfies readonly OrderStatusDto[];
export type AdminOrderStatusTarget = (typeof ADMIN_ORDER_STATUS_TARGETS)[number];

export const orderListQuerySchema = z.object({
  page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1, 'must be at least 1')).optional(),
  per_page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(100, 'must be at most 100')).optional(),
  status: z.enum(ORDER_STATUSES, { message: `must be one of ${ORDER_STATUSES.join(', ')}` }).optional(),
  q: z.string().trim().max(200).optional(),
});

export interface OrderDto {
  id: string;
  number: string;
  status: (typeof ORDER_STATUSES)[number];
  items: PricedLineDto[];
  subtotal: MoneyDto;
  discount_total: MoneyDto;
  shipping_total: MoneyDto;
  tax_total: MoneyDto;
  total: MoneyDto;
  discount_code: string | null;
  /** `phone` is an extension of the contract (null when the customer gave none). */
  shipping_address: { name: string; line1: string; line2: string | null; city: string; state: string | null; postal_code: string; country: string; phone: string | null };
  payment: { provider: string; status: string };
  shipment: { carrier: string; tracking_number: string } | null;
  cancellation_reason: string | null;
  status_history: { status: string; at: string }[];
  created_at: string;
  updated_at: string;
}

export interface AdminOrderDto extends OrderDto {
  customer_id: string;
  customer_email: string | null;
  /** The customer's name as their account has it now ("Ada Lovelace"); null when the account has none or is gone. */
  customer_name: string | null;
}

/** PATCH /admin/orders/{id}/status. `shipped` may carry the carrier and tracking number. */
export const changeOrderStatusSchema = z
  .object({
    status: z.enum(ORDER_STATUSES_COUNTED, { message: `must be one of ${ORDER_STATUSES_COUNTED.join(', ')}` }),
    carrier: z.string().trim().min(1).max(100).optional(),
    tracking_number: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type ChangeOrderStatusRequest = z.input<typeof changeOrderStatusSchema>;

/** POST /fulfillment/orders/{id}/shipped. */
export const shipmentSchema = z
  .object({
    carrier: text(100),
    tracking_number: text(100),
  })
  .strict();
export type ShipmentRequest = z.input<typeof shipmentSchema>;
