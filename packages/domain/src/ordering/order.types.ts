import type { PriceBreakdown, PriceBreakdownJSON } from '../pricing/pricing.service';
import type { OrderLine, OrderLineInput, OrderLineSnapshot } from './order-line.entity';
import type { OrderNumber } from './order-number.value-object';
import type { OrderEndReason, OrderStatus, PaymentStatus } from './order-status';
import type { ShippingAddress, ShippingAddressSnapshot } from './shipping-address.value-object';

export interface PlaceOrderProps {
  id: string;
  /** From the OrderNumberGenerator: 'DG-7KQ4M2XH'. */
  number: string;
  customerId: string;
  /** For receipts and order emails. */
  customerEmail?: string | null;
  lines: OrderLineInput[];
  /** PricingService's result for exactly these lines and discount. */
  totals: PriceBreakdown;
  /** The discount redeemed for this order, if any. */
  discount?: { discountId: string; code: string } | null;
  shippingAddress: ShippingAddress;
  /** provider: 'stripe' | 'local' ...; method: the payment method id the customer chose. */
  payment: { provider: string; method: string };
}

export interface OrderPayment {
  provider: string;
  method: string;
  status: PaymentStatus;
  /** The provider's reference of the charge (Stripe PaymentIntent id); null until known. */
  intentId: string | null;
  /** The provider's reference of the refund, once refunded. */
  refundRef: string | null;
}

export interface OrderStatusChange {
  status: OrderStatus;
  at: Date;
}

export interface OrderShipment {
  carrier: string;
  trackingNumber: string;
}

/** Plain data of an order, for repositories. */
export interface OrderSnapshot {
  id: string;
  number: string;
  customerId: string;
  customerEmail: string | null;
  status: OrderStatus;
  lines: OrderLineSnapshot[];
  totals: PriceBreakdownJSON;
  discount: { discountId: string; code: string } | null;
  shippingAddress: ShippingAddressSnapshot;
  payment: OrderPayment;
  /** Oldest first; the first entry is 'pending' at placement. */
  statusHistory: OrderStatusChange[];
  /** Why it was cancelled, or why its payment failed. */
  cancellationReason: OrderEndReason | null;
  shipment: OrderShipment | null;
  paidAt: Date | null;
  /**
   * The stored version this order was loaded at (0 for an order never saved). The repository
   * saves only when the stored version still equals it, then stores version + 1.
   */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The aggregate's own state: the snapshot's fields, with value objects where it has plain data. */
export type OrderState = Omit<OrderSnapshot, 'number' | 'lines' | 'totals' | 'shippingAddress'> & {
  number: OrderNumber;
  lines: OrderLine[];
  totals: PriceBreakdown;
  shippingAddress: ShippingAddress;
};
