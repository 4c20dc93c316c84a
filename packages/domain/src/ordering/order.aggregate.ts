import { priceBreakdownFromJSON, priceBreakdownToJSON, type PriceBreakdown } from '../pricing/pricing.service';
import { AggregateRoot } from '../shared/aggregate-root';
import { DomainError } from '../shared/domain-error';
import { ValidationProblems, requiredText } from '../shared/validation-problems';
import { OrderLine } from './order-line.entity';
import { OrderNumber } from './order-number.value-object';
import {
  ORDER_CANCELLATION_REASONS,
  PAYMENT_FAILURE_REASONS,
  PURCHASED_STATUSES,
  STOCK_HOLDING_STATUSES,
  canTransition,
  type OrderCancellationReason,
  type OrderEndReason,
  type OrderStatus,
  type PaymentFailureReason,
} from './order-status';
import { OrderingErrorCodes, OrderingLimits, invalidTransition } from './ordering.errors';
import {
  OrderingEvents,
  type OrderCancelledPayload,
  type OrderPaidPayload,
  type OrderPaymentFailedPayload,
  type OrderPlacedPayload,
  type OrderRefundDuePayload,
  type OrderRefundedPayload,
  type OrderShippedPayload,
  type OrderStatusPayload,
} from './ordering.events';
import { parsePlacement } from './order-placement';
import type { OrderPayment, OrderShipment, OrderSnapshot, OrderState, OrderStatusChange, PlaceOrderProps } from './order.types';
import { ShippingAddress } from './shipping-address.value-object';

/**
 * A placed order: price snapshots of its lines, the totals it was charged, where it goes, its
 * payment and its status. Every status change goes through the machine of CONTRACT.md
 * (ORDER_STATUS_TRANSITIONS); anything else is 409 INVALID_STATE (ORDER.INVALID_TRANSITION).
 */
export class Order extends AggregateRoot {
  private constructor(private state: OrderState) {
    super();
  }

  /** A new pending order; records 'order.placed'. Every problem of the props is reported at once. */
  static place(props: PlaceOrderProps, now: Date): Order {
    const { id, number, customerId, customerEmail, lines, totals, discount, shippingAddress, payment } = parsePlacement(props);
    const at = new Date(now.getTime());
    const order = new Order({
      id,
      number,
      customerId,
      customerEmail,
      status: 'pending',
      lines,
      totals,
      discount,
      shippingAddress,
      payment: { ...payment, status: 'pending', intentId: null, refundRef: null },
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
   * pending -> cancelled (nothing to refund), or paid -> cancelled (the money must go back:
   * records 'order.refund_due' besides 'order.cancelled'; markRefunded follows once the provider
   * refunded it). Records 'order.cancelled'.
   */
  cancel(now: Date, reason: OrderCancellationReason): void {
    if (!ORDER_CANCELLATION_REASONS.includes(reason)) {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown cancellation reason "${String(reason)}"`, 'validation', {
        reason: [`must be one of ${ORDER_CANCELLATION_REASONS.join(', ')}`],
      });
    }
    const from = this.state.status;
    this.transition('cancelled', now);
    this.state = { ...this.state, cancellationReason: reason };
    this.record<OrderCancelledPayload>({
      name: OrderingEvents.ORDER_CANCELLED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, from, reason, refundDue: from === 'paid' },
    });
    if (from === 'paid') this.recordRefundDue(now, false);
  }

  /**
   * pending -> payment_failed: the provider declined the card or failed, or the checkout was cut
   * off before any money was taken. The attempt is not an order to the customer; its stock and
   * discount use go back. Records 'order.payment_failed'.
   */
  failPayment(now: Date, reason: PaymentFailureReason, message: string | null = null): void {
    if (!PAYMENT_FAILURE_REASONS.includes(reason)) {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `Unknown payment failure reason "${String(reason)}"`, 'validation', {
        reason: [`must be one of ${PAYMENT_FAILURE_REASONS.join(', ')}`],
      });
    }
    this.transition('payment_failed', now);
    this.state = { ...this.state, cancellationReason: reason, payment: { ...this.state.payment, status: 'failed' } };
    this.record<OrderPaymentFailedPayload>({
      name: OrderingEvents.ORDER_PAYMENT_FAILED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, customerEmail: this.customerEmail, reason, message },
    });
  }

  /**
   * A charge that succeeded after the order had already ended unpaid (cancelled, expired or
   * payment_failed: a provider that answered after the timeout, a payment racing the expiry). The
   * money must go straight back: the payment is recorded as paid with the refund due, the status
   * stays. Records 'order.refund_due' (latePayment). Returns false when this payment was already
   * recorded (a redelivered event).
   */
  recordLatePayment(now: Date, paymentRef: string | null): boolean {
    const endedUnpaid = (this.state.status === 'cancelled' || this.state.status === 'payment_failed') && this.state.paidAt === null;
    if (!endedUnpaid) {
      throw new DomainError(
        OrderingErrorCodes.INVALID_TRANSITION,
        `Order ${this.number} is ${this.state.status}: a late payment only applies to an order that ended unpaid`,
        'invalid_state',
        { status: [`cannot record a late payment on a ${this.state.status} order`] },
      );
    }
    if (this.state.payment.status === 'paid' || this.state.payment.status === 'refunded') return false;
    this.state = {
      ...this.state,
      payment: { ...this.state.payment, status: 'paid', intentId: paymentRef ?? this.state.payment.intentId },
      updatedAt: new Date(now.getTime()),
    };
    this.recordRefundDue(now, true);
    return true;
  }

  /**
   * The provider refunded the money the store held (refundDue): a paid order that was cancelled
   * goes cancelled -> refunded; a late payment on an order that ended unpaid keeps its status and
   * records the refund on its payment. Records 'order.refunded'.
   */
  markRefunded(now: Date, refundRef: string | null = null): void {
    if (!this.refundDue) {
      if (this.state.status === 'cancelled') throw invalidTransition(this.number, this.status, 'refunded', 'the order was never paid, so there is nothing to refund');
      throw invalidTransition(this.number, this.status, 'refunded');
    }
    const latePayment = this.state.paidAt === null;
    if (latePayment) {
      this.state = { ...this.state, updatedAt: new Date(now.getTime()) };
    } else {
      this.transition('refunded', now);
    }
    this.state = { ...this.state, payment: { ...this.state.payment, status: 'refunded', refundRef } };
    this.record<OrderRefundedPayload>({
      name: OrderingEvents.ORDER_REFUNDED,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, amount: this.totals.total.toJSON(), refundRef, latePayment },
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
      const trackingNumber = requiredText(problems, 'trackingNumber', shipment.trackingNumber, OrderingLimits.TRACKING_NUMBER_MAX);
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
  get cancellationReason(): OrderEndReason | null {
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
    return PURCHASED_STATUSES.includes(this.state.status) || this.refundDue;
  }
  /** An order that ended (cancelled, or payment_failed with a late payment) while the store still holds its money. */
  get refundDue(): boolean {
    return (this.state.status === 'cancelled' || this.state.status === 'payment_failed') && this.state.payment.status === 'paid';
  }
  /** Whether its units are sold or held for it (its stock reservations stand). */
  get holdsStock(): boolean {
    return STOCK_HOLDING_STATUSES.includes(this.state.status);
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

  /**
   * The repository stored this order (as version + 1): the instance is the stored state again and
   * may be changed and saved once more (optimistically, from the new version).
   */
  markSaved(): void {
    this.state = { ...this.state, version: this.state.version + 1 };
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
    if (!canTransition(from, to)) throw invalidTransition(this.number, from, to);
    const at = new Date(now.getTime());
    this.state = { ...this.state, status: to, statusHistory: [...this.state.statusHistory, { status: to, at }], updatedAt: at };
  }

  private recordRefundDue(now: Date, latePayment: boolean): void {
    this.record<OrderRefundDuePayload>({
      name: OrderingEvents.ORDER_REFUND_DUE,
      aggregateId: this.id,
      occurredAt: new Date(now.getTime()),
      payload: { number: this.number, customerId: this.customerId, amount: this.totals.total.toJSON(), paymentRef: this.state.payment.intentId, latePayment },
    });
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
