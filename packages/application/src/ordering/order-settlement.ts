import type { Order, OrderCancellationReason } from '@devgear/domain';
import type { Clock } from '../ports/clock.port';
import type { DiscountRepository } from '../ports/discount-repository.port';
import type { ErrorReporter } from '../ports/error-reporter.port';
import type { OrderRepository } from '../ports/order-repository.port';
import type { PaymentGateway } from '../ports/payment-gateway.port';
import type { StockReservations } from '../ports/stock-reservations.port';
import { retryOnConflict } from '../shared/retry-on-conflict';
import { ORDER_RACE_CODES, PaymentProviderError, requireOrder } from './ordering.failures';

export interface OrderSettlementDeps {
  orders: OrderRepository;
  stock: StockReservations;
  discounts: DiscountRepository;
  gateway: PaymentGateway;
  clock: Clock;
  errors: ErrorReporter;
}

export type PaymentConfirmation =
  /** This call moved the order from pending to paid. */
  | 'paid'
  /** Someone else (the webhook, the synchronous answer) already did: nothing changed. */
  | 'already_paid'
  /** The order had been cancelled unpaid (expired, timed out): the money was refunded at once. */
  | 'refunded_late'
  /** ...and that refund had already been made. */
  | 'already_refunded';

/**
 * The state changes of an order's payment that several paths race for: the synchronous checkout,
 * the provider's webhook, the customer's cancel and the expiry job. Each change is decided on the
 * freshly loaded order and saved optimistically; the loser of a race reloads and decides again, so
 * whichever arrives first wins and the rest converge:
 * - an order is marked paid exactly once (one 'order.paid');
 * - stock and discount use of an unpaid order go back exactly once: only the call that saved the
 *   cancellation releases them;
 * - a payment that lands on an order already cancelled unpaid is refunded, never kept.
 */
export class OrderSettlement {
  constructor(private readonly deps: OrderSettlementDeps) {}

  /** The provider says the charge went through. */
  async confirmPayment(orderId: string, paymentRef: string | null): Promise<{ order: Order; outcome: PaymentConfirmation }> {
    return retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, orderId);
      if (order.status === 'pending') {
        order.markPaid(this.deps.clock.now(), paymentRef);
        await this.deps.orders.save(order);
        return { order, outcome: 'paid' as const };
      }
      if (order.paidAt !== null) return { order, outcome: 'already_paid' as const };
      if (order.payment.status === 'refunded') return { order, outcome: 'already_refunded' as const };
      // Cancelled unpaid: the stock is gone back already, so the money must go back too.
      if (!paymentRef) throw new Error(`Order ${order.number} was paid after its cancellation, but the provider gave no payment reference to refund`);
      let refundRef: string;
      try {
        refundRef = (await this.refund(order, paymentRef, 'late-refund')).refundRef;
      } catch (error) {
        throw new PaymentProviderError(
          `Order ${order.number} was paid after it had been cancelled, and the payment could not be refunded yet because the payment provider did not respond; the provider's next delivery of the event retries it`,
          { cause: error },
        );
      }
      order.recordLatePaymentRefund(this.deps.clock.now(), paymentRef, refundRef);
      await this.deps.orders.save(order);
      return { order, outcome: 'refunded_late' as const };
    });
  }

  /**
   * Cancels the order if it is still pending, then (only then) gives its stock and discount use
   * back. `cancelled` tells whether this call did it; otherwise `order` shows what happened instead
   * (paid by a racing confirmation, cancelled by someone else).
   */
  async cancelUnpaid(orderId: string, reason: OrderCancellationReason): Promise<{ order: Order; cancelled: boolean }> {
    const result = await retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, orderId);
      if (order.status !== 'pending') return { order, cancelled: false };
      order.cancel(this.deps.clock.now(), reason);
      await this.deps.orders.save(order);
      return { order, cancelled: true };
    });
    if (result.cancelled) await this.releaseHoldings(result.order, true);
    return result;
  }

  /** Expires a pending order past the payment timeout, releasing its stock and discount use. */
  async expire(orderId: string, timeoutMinutes: number): Promise<boolean> {
    const result = await retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, orderId);
      if (!order.expireIfUnpaid(this.deps.clock.now(), timeoutMinutes)) return { order, expired: false };
      await this.deps.orders.save(order);
      return { order, expired: true };
    });
    if (result.expired) await this.releaseHoldings(result.order, true);
    return result.expired;
  }

  /**
   * paid -> cancelled -> refunded: cancels a paid order (restocking its units; the discount stays
   * used), refunds it through the provider and records the refund. Resumes a cancelled order whose
   * refund failed before. Throws PaymentProviderError when the refund cannot be made now: the order
   * then stays cancelled with its refund due, and calling this again retries it.
   */
  async cancelPaidAndRefund(orderId: string, reason: OrderCancellationReason): Promise<Order> {
    const cancelled = await retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, orderId);
      if (order.refundDue) return { order, cancelledNow: false };
      if (order.status === 'pending') throw new Error(`Order ${order.number} is unpaid: cancel it with cancelUnpaid, there is nothing to refund`);
      order.cancel(this.deps.clock.now(), reason); // invalid_state unless paid
      await this.deps.orders.save(order);
      return { order, cancelledNow: true };
    });
    if (cancelled.cancelledNow) await this.releaseHoldings(cancelled.order, false);

    const paymentRef = cancelled.order.payment.intentId;
    if (!paymentRef) throw new Error(`Order ${cancelled.order.number} was paid without a payment reference; refund it by hand`);
    let refundRef: string;
    try {
      refundRef = (await this.refund(cancelled.order, paymentRef, 'refund')).refundRef;
    } catch (error) {
      this.deps.errors.report(error, { operation: 'ordering.refund', orderId, orderNumber: cancelled.order.number });
      throw new PaymentProviderError(
        `Order ${cancelled.order.number} is cancelled, but the refund could not be made because the payment provider did not respond; cancel it again to retry the refund`,
        { cause: error },
      );
    }
    return retryOnConflict(ORDER_RACE_CODES, async () => {
      const order = await requireOrder(this.deps.orders, orderId);
      if (!order.refundDue) return order; // recorded by a concurrent retry
      order.markRefunded(this.deps.clock.now(), refundRef);
      await this.deps.orders.save(order);
      return order;
    });
  }

  private refund(order: Order, paymentRef: string, purpose: 'refund' | 'late-refund') {
    return this.deps.gateway.refund({
      orderId: order.id,
      paymentRef,
      amount: order.totals.total,
      idempotencyKey: `order:${order.id}:${purpose}`,
    });
  }

  /**
   * Puts an order's units back and, for an order never paid, its discount use. A failure here must
   * not undo the cancellation: it is reported (the units stay out of stock until fixed by hand, which
   * can never oversell) and the other releases still run.
   */
  private async releaseHoldings(order: Order, releaseDiscount: boolean): Promise<void> {
    try {
      await this.deps.stock.release(order.stockLines());
    } catch (error) {
      this.deps.errors.report(error, { operation: 'ordering.release_stock', orderId: order.id, lines: order.stockLines() });
    }
    const discount = order.discount;
    if (releaseDiscount && discount) {
      try {
        await this.deps.discounts.release(discount.discountId, order.id);
      } catch (error) {
        this.deps.errors.report(error, { operation: 'ordering.release_discount', orderId: order.id, discountId: discount.discountId });
      }
    }
  }
}
