import {
  isConsistentPriceBreakdown,
  priceBreakdownFromJSON,
  priceBreakdownToJSON,
  type PriceBreakdown,
  type PriceBreakdownJSON,
} from '../pricing/pricing.service';
import { AggregateRoot } from '../shared/aggregate-root';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import { ValidationProblems, characterLength, requiredText } from '../shared/validation-problems';
import { OrderLine, type OrderLineInput, type OrderLineSnapshot } from './order-line.entity';
import { OrderNumber } from './order-number.value-object';
import {
  ORDER_CANCELLATION_REASONS,
  canTransition,
  type OrderCancellationReason,
  type OrderStatus,
  type PaymentStatus,
} from './order-status';
import { OrderingErrorCodes, OrderingLimits } from './ordering.errors';
import {
  OrderingEvents,
  type OrderCancelledPayload,
  type OrderPaidPayload,
  type OrderPlacedPayload,
  type OrderRefundedPayload,
  type OrderShippedPayload,
  type OrderStatusPayload,
} from './ordering.events';
import { ShippingAddress, type ShippingAddressSnapshot } from './shipping-address.value-object';

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
  cancellationReason: OrderCancellationReason | null;
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

interface OrderState {
  id: string;
  number: OrderNumber;
  customerId: string;
  customerEmail: string | null;
  status: OrderStatus;
  lines: OrderLine[];
  totals: PriceBreakdown;
  discount: { discountId: string; code: string } | null;
  shippingAddress: ShippingAddress;
  payment: OrderPayment;
  statusHistory: OrderStatusChange[];
  cancellationReason: OrderCancellationReason | null;
  shipment: OrderShipment | null;
  paidAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** States in which the order has been paid and not (yet) given back. */
const HOLDS_PAYMENT: readonly OrderStatus[] = ['paid', 'packed', 'shipped', 'delivered'];

/**
 * A placed order: price snapshots of its lines, the totals it was charged, where it goes, its
 * payment and its status. Every status change goes through the machine of CONTRACT.md
 * (ORDER_STATUS_TRANSITIONS); anything else is 409 INVALID_STATE (ORDER.INVALID_TRANSITION).
 */
export class Order extends AggregateRoot {
  private constructor(private state: OrderState) {
    super();
  }

  /** A new pending order; records 'order.placed'. */
  static place(props: PlaceOrderProps, now: Date): Order {
    const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
    const p = (props ?? {}) as Partial<PlaceOrderProps>;
    if (typeof p.id !== 'string' || p.id.trim() === '') problems.add('id', 'must be a non-empty id');
    if (typeof p.customerId !== 'string' || p.customerId.trim() === '') problems.add('customer_id', 'must be a non-empty id');
    const number = problems.capture('number', () => OrderNumber.create(p.number as string));
    if (!(p.shippingAddress instanceof ShippingAddress)) problems.add('shipping_address', 'must be an address');
    const provider = requiredText(problems, 'payment.provider', p.payment?.provider, OrderingLimits.PROVIDER_MAX);
    const method = requiredText(problems, 'payment_method', p.payment?.method, OrderingLimits.PAYMENT_METHOD_MAX);

    const lines: OrderLine[] = [];
    if (!Array.isArray(p.lines) || p.lines.length === 0) {
      problems.add('items', 'must contain at least one item', OrderingErrorCodes.EMPTY_CART);
    } else if (p.lines.length > OrderingLimits.LINES_MAX) {
      problems.add('items', `must contain at most ${OrderingLimits.LINES_MAX} items`);
    } else {
      p.lines.forEach((input, i) => {
        const line = OrderLine.parse(input, problems, `items.${i}`);
        if (line) lines.push(line);
      });
      const variants = new Set(lines.map((l) => l.variantId));
      if (variants.size !== lines.length) problems.add('items', 'must not repeat a variant');
    }

    const totals = p.totals;
    if (!totals || ![totals.subtotal, totals.discount, totals.shipping, totals.tax, totals.total].every((m) => m instanceof Money)) {
      problems.add('totals', 'must be a price breakdown');
    } else if (!isConsistentPriceBreakdown(totals)) {
      problems.add('totals', 'must satisfy total = subtotal - discount + shipping + tax with one currency and no negative part');
    } else if (lines.length === p.lines?.length) {
      if (lines.some((l) => l.unitPrice.currency !== totals.subtotal.currency)) {
        problems.add('totals', `must be in the currency of the items (${totals.subtotal.currency})`);
      } else if (!Money.sum(lines.map((l) => l.lineTotal), totals.subtotal.currency).equals(totals.subtotal)) {
        problems.add('totals.subtotal', 'must equal the sum of the line totals');
      }
    }
    const discount = p.discount ?? null;
    if (discount && (typeof discount.discountId !== 'string' || typeof discount.code !== 'string' || discount.code.trim() === '')) {
      problems.add('discount', 'must name the discount id and code');
    }
    if (!discount && totals?.discount instanceof Money && totals.discount.isPositive()) {
      problems.add('discount', 'must name the discount that takes money off');
    }
    let customerEmail: string | null = null;
    if (p.customerEmail !== undefined && p.customerEmail !== null) {
      if (typeof p.customerEmail !== 'string' || characterLength(p.customerEmail) > 254) problems.add('customer_email', 'must be an email address');
      else customerEmail = p.customerEmail.trim() || null;
    }
    problems.throwIfAny('Invalid order');

    const at = new Date(now.getTime());
    const order = new Order({
      id: p.id as string,
      number: number as OrderNumber,
      customerId: p.customerId as string,
      customerEmail,
      status: 'pending',
      lines,
      totals: totals as PriceBreakdown,
      discount: discount ? { discountId: discount.discountId, code: discount.code.trim().toUpperCase() } : null,
      shippingAddress: p.shippingAddress as ShippingAddress,
      payment: { provider: provider as string, method: method as string, status: 'pending', intentId: null, refundRef: null },
      statusHistory: [{ status: 'pending', at }],
      cancellationReason: null,
      shipment: null,
      paidAt: null,
      version: 0,
      createdAt: at,
      updatedAt: at,
    });
    order.record<OrderPlacedPayload>({
      name: OrderingEvents.ORDER_PLACED,
      aggregateId: order.id,
      occurredAt: new Date(at.getTime()),
      payload: {
        number: order.number,
        customerId: order.customerId,
        customerEmail,
        total: order.totals.total.toJSON(),
        lines: lines.map((l) => ({ variantId: l.variantId, productId: l.productId, sku: l.sku, quantity: l.quantity })),
        discountCode: order.discount?.code ?? null,
      },
    });
    return order;
  }

  /** Rebuilds a stored order as it was: no rules re-checked, no events recorded. */
  static restore(s: OrderSnapshot): Order {
    return new Order({
      id: s.id,
      number: OrderNumber.create(s.number),
      customerId: s.customerId,
      customerEmail: s.customerEmail,
      status: s.status,
      lines: s.lines.map((l) => OrderLine.restore(l)),
      totals: priceBreakdownFromJSON(s.totals),
      discount: s.discount ? { ...s.discount } : null,
      shippingAddress: ShippingAddress.restore(s.shippingAddress),
      payment: { ...s.payment },
      statusHistory: s.statusHistory.map((h) => ({ status: h.status, at: new Date(h.at.getTime()) })),
      cancellationReason: s.cancellationReason,
      shipment: s.shipment ? { ...s.shipment } : null,
      paidAt: s.paidAt ? new Date(s.paidAt.getTime()) : null,
      version: s.version,
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    });
  }

  /** pending -> paid, once the provider confirmed the charge. Records 'order.paid'. */
  markPaid(now: Date, paymentRef: string | null = null): void {
    this.transition('paid', now);
    this.state = {
      ...this.state,
      paidAt: new Date(now.getTime()),
      payment: { ...this.state.payment, status: 'paid', intentId: paymentRef ?? this.state.payment.intentId },
    };
    this.record<OrderPaidPayload>({
      name: OrderingEvents.ORDER_PAID,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: {
        number: this.number,
        customerId: this.customerId,
        total: this.totals.total.toJSON(),
        provider: this.state.payment.provider,
        paymentRef: this.state.payment.intentId,
      },
    });
  }

  /**
   * pending -> cancelled (nothing to refund), or paid -> cancelled (a refund is due: markRefunded
   * follows). A payment failure marks the payment failed. Records 'order.cancelled'.
   */
  cancel(now: Date, reason: OrderCancellationReason): void {
    if (!ORDER_CANCELLATION_REASONS.includes(reason)) {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown cancellation reason "${String(reason)}"`, 'validation', {
        reason: [`must be one of ${ORDER_CANCELLATION_REASONS.join(', ')}`],
      });
    }
    const from = this.state.status;
    this.transition('cancelled', now);
    const paymentFailed = reason === 'payment_declined' || reason === 'payment_failed';
    this.state = {
      ...this.state,
      cancellationReason: reason,
      payment: paymentFailed && this.state.payment.status === 'pending' ? { ...this.state.payment, status: 'failed' } : this.state.payment,
    };
    this.record<OrderCancelledPayload>({
      name: OrderingEvents.ORDER_CANCELLED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, from, reason, refundDue: from === 'paid' },
    });
  }

  /** cancelled -> refunded, for an order that was paid and whose refund went through. Records 'order.refunded'. */
  markRefunded(now: Date, refundRef: string | null = null): void {
    if (this.state.status === 'cancelled' && !this.refundDue) {
      throw invalidTransition(this, 'refunded', 'the order was never paid, so there is nothing to refund');
    }
    this.transition('refunded', now);
    this.state = { ...this.state, payment: { ...this.state.payment, status: 'refunded', refundRef } };
    this.record<OrderRefundedPayload>({
      name: OrderingEvents.ORDER_REFUNDED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, amount: this.totals.total.toJSON(), refundRef, latePayment: false },
    });
  }

  /**
   * A charge that succeeded after the order had already been cancelled unpaid (a provider that
   * answered after the timeout, a payment racing the expiry) and was refunded straight away. The
   * order stays cancelled; its payment records the refund. Records 'order.refunded' (latePayment).
   */
  recordLatePaymentRefund(now: Date, paymentRef: string | null, refundRef: string | null): void {
    if (this.state.status !== 'cancelled' || this.state.paidAt !== null || this.state.payment.status === 'refunded') {
      throw new DomainError(
        OrderingErrorCodes.INVALID_TRANSITION,
        `Order ${this.number} is ${this.state.status} with payment ${this.state.payment.status}: a late payment refund only applies to an order cancelled unpaid`,
        'invalid_state',
        { status: [`cannot record a late payment refund on a ${this.state.status} order`] },
      );
    }
    this.state = {
      ...this.state,
      payment: { ...this.state.payment, status: 'refunded', intentId: paymentRef ?? this.state.payment.intentId, refundRef },
      updatedAt: new Date(now.getTime()),
    };
    this.record<OrderRefundedPayload>({
      name: OrderingEvents.ORDER_REFUNDED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, amount: this.totals.total.toJSON(), refundRef, latePayment: true },
    });
  }

  /** paid -> packed (the warehouse). Records 'order.packed'. */
  markPacked(now: Date): void {
    this.transition('packed', now);
    this.recordStatus(OrderingEvents.ORDER_PACKED, now);
  }

  /**
   * packed -> shipped, with the carrier and tracking number when they are known (both, or
   * neither: a tracking number means nothing without its carrier). Records 'order.shipped'.
   */
  markShipped(now: Date, shipment: Partial<OrderShipment> | null = null): void {
    let known: OrderShipment | null = null;
    if (shipment && (shipment.carrier !== undefined || shipment.trackingNumber !== undefined)) {
      const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
      const carrier = requiredText(problems, 'carrier', shipment.carrier, OrderingLimits.CARRIER_MAX);
      const trackingNumber = requiredText(problems, 'tracking_number', shipment.trackingNumber, OrderingLimits.TRACKING_NUMBER_MAX);
      problems.throwIfAny('Invalid shipment: send the carrier and the tracking number together, or neither');
      known = { carrier: carrier as string, trackingNumber: trackingNumber as string };
    }
    this.transition('shipped', now);
    this.state = { ...this.state, shipment: known };
    this.record<OrderShippedPayload>({
      name: OrderingEvents.ORDER_SHIPPED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, carrier: known?.carrier ?? null, trackingNumber: known?.trackingNumber ?? null },
    });
  }

  /** shipped -> delivered. Records 'order.delivered'. */
  markDelivered(now: Date): void {
    this.transition('delivered', now);
    this.recordStatus(OrderingEvents.ORDER_DELIVERED, now);
  }

  /**
   * Cancels the order (reason 'expired') when it is still pending `timeoutMinutes` after it was
   * placed, releasing it for its stock to go back. Returns whether it did.
   */
  expireIfUnpaid(now: Date, timeoutMinutes: number): boolean {
    if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `The payment timeout must be a positive number of minutes, got ${String(timeoutMinutes)}`);
    }
    if (this.state.status !== 'pending') return false;
    if (now.getTime() - this.state.createdAt.getTime() < timeoutMinutes * 60_000) return false;
    this.cancel(now, 'expired');
    return true;
  }

  get id(): string {
    return this.state.id;
  }
  get number(): string {
    return this.state.number.value;
  }
  get customerId(): string {
    return this.state.customerId;
  }
  get customerEmail(): string | null {
    return this.state.customerEmail;
  }
  get status(): OrderStatus {
    return this.state.status;
  }
  get lines(): readonly OrderLine[] {
    return [...this.state.lines];
  }
  get totals(): PriceBreakdown {
    return { ...this.state.totals };
  }
  get discount(): { discountId: string; code: string } | null {
    return this.state.discount ? { ...this.state.discount } : null;
  }
  get shippingAddress(): ShippingAddress {
    return this.state.shippingAddress;
  }
  get payment(): OrderPayment {
    return { ...this.state.payment };
  }
  get statusHistory(): OrderStatusChange[] {
    return this.state.statusHistory.map((h) => ({ status: h.status, at: new Date(h.at.getTime()) }));
  }
  get cancellationReason(): OrderCancellationReason | null {
    return this.state.cancellationReason;
  }
  get shipment(): OrderShipment | null {
    return this.state.shipment ? { ...this.state.shipment } : null;
  }
  get paidAt(): Date | null {
    return this.state.paidAt ? new Date(this.state.paidAt.getTime()) : null;
  }
  /** Whether the customer's money is with the store: paid and not refunded. */
  get holdsPayment(): boolean {
    return HOLDS_PAYMENT.includes(this.state.status) || this.refundDue;
  }
  /** A cancelled order that had been paid and still waits for its refund. */
  get refundDue(): boolean {
    return this.state.status === 'cancelled' && this.state.paidAt !== null && this.state.payment.status === 'paid';
  }
  get version(): number {
    return this.state.version;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  /** What was bought, as stock lines (to reserve or release). */
  stockLines(): { variantId: string; quantity: number }[] {
    return this.state.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
  }

  toSnapshot(): OrderSnapshot {
    const s = this.state;
    return {
      id: s.id,
      number: s.number.value,
      customerId: s.customerId,
      customerEmail: s.customerEmail,
      status: s.status,
      lines: s.lines.map((l) => l.toSnapshot()),
      totals: priceBreakdownToJSON(s.totals),
      discount: s.discount ? { ...s.discount } : null,
      shippingAddress: s.shippingAddress.toSnapshot(),
      payment: { ...s.payment },
      statusHistory: this.statusHistory,
      cancellationReason: s.cancellationReason,
      shipment: s.shipment ? { ...s.shipment } : null,
      paidAt: this.paidAt,
      version: s.version,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
    };
  }

  private transition(to: OrderStatus, now: Date): void {
    const from = this.state.status;
    if (!canTransition(from, to)) throw invalidTransition(this, to);
    const at = new Date(now.getTime());
    this.state = { ...this.state, status: to, statusHistory: [...this.state.statusHistory, { status: to, at }], updatedAt: at };
  }

  private recordStatus(name: string, now: Date): void {
    this.record<OrderStatusPayload>({
      name,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId },
    });
  }
}

/** 409 INVALID_STATE naming the current and the wanted status. */
export function invalidTransition(order: Order, to: OrderStatus, why?: string): DomainError {
  const from = order.status;
  const problem = `cannot change from ${from} to ${to}${why ? `: ${why}` : ''}`;
  return new DomainError(OrderingErrorCodes.INVALID_TRANSITION, `Order ${order.number} ${problem}`, 'invalid_state', { status: [problem] });
}
