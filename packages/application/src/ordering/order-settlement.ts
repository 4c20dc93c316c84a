import { CartErrorCodes, OrderingErrorCodes, type Order, type OrderCancellationReason, type PaymentFailureReason } from '@devgear/domain';
import type { CartRepository } from '../ports/cart-repository.port';
import type { Clock } from '../ports/clock.port';
import { NO_CRASH_POINTS, type CrashPoints } from '../ports/crash-points.port';
import type { DiscountRepository } from '../ports/discount-repository.port';
import type { IdempotencyStore } from '../ports/idempotency-store.port';
import type { OrderRepository } from '../ports/order-repository.port';
import type { PaymentGateway } from '../ports/payment-gateway.port';
import type { StockReservations } from '../ports/stock-reservations.port';
import type { UnitOfWork } from '../ports/unit-of-work.port';
import { retryOnConflict } from '../shared/retry-on-conflict';
import { PaymentProviderError, requireOrder } from './ordering.failures';

export interface OrderSettlementDeps {
  uow: UnitOfWork;
  orders: OrderRepository;
  stock: StockReservations;
  discounts: DiscountRepository;
  carts: CartRepository;
  idempotency: IdempotencyStore;
  gateway: PaymentGateway;
  clock: Clock;
  crash?: CrashPoints;
}

export type PaymentConfirmation =
  /** This call moved the order from pending to paid. */
  | 'paid'
  /** Someone else (the webhook, the synchronous answer, the recovery job) already did: nothing changed. */
  | 'already_paid'
  /** The order had already ended unpaid (expired, failed): the payment is recorded and its refund due. */
  | 'late_payment'
  /** ...and that late payment had already been recorded. */
  | 'late_payment_known';

/** Conflicts worth reloading and deciding again for: the order or the customer's cart changed meanwhile. */
const RACES = [OrderingErrorCodes.CONCURRENT_UPDATE, CartErrorCodes.CONCURRENT_UPDATE] as const;

/** What the replay of an Idempotency-Key that produced this order answers. */
export const placedResponse = (order: Order) => ({ outcome: 'placed', orderId: order.id });

/**
 * Every state change of an order after it was placed, each ONE transaction (a unit of work) with
 * everything it implies (CONTRACT.md, "Atomicity"): the order row and its history, its stock
 * reservations, its discount use, the customer's cart lines, the Idempotency-Key that produced it,
 * and the outbox events. A crash at any instant leaves the state before or the state after.
 *
 * Several paths race for an order (the synchronous checkout, the provider's webhook, the
 * customer's cancel, the expiry job, the crash-recovery job). Each change is decided on the order
 * loaded inside the transaction and saved optimistically; the loser of a race rolls back, reloads
 * and decides again, so whichever arrives first wins and the rest converge:
 * - an order is marked paid exactly once (one 'order.paid');
 * - stock and discount use go back exactly once (releases are idempotent and ride on the status change);
 * - a payment that lands on an order that already ended unpaid is recorded and refunded, never kept.
 * Money moves at the provider only outside transactions: refunds run after the commit that made
 * them due, from 'order.refund_due' in the outbox, retried until they succeed.
 */
export class OrderSettlement {
  private readonly crash: CrashPoints;

  constructor(private readonly deps: OrderSettlementDeps) {
    this.crash = deps.crash ?? NO_CRASH_POINTS;
  }

  /** The provider says the charge went through. */
  confirmPayment(orderId: string, paymentRef: string | null): Promise<{ order: Order; outcome: PaymentConfirmation }> {
    return this.change(orderId, (order) => this.applyPayment(order, paymentRef));
  }

  /**
   * Inside the caller's unit of work: records a successful charge on the loaded order. pending ->
   * paid with the bought items out of the cart and the Idempotency-Key completed; an order that
   * ended unpaid keeps its status and gets the payment recorded with its refund due.
   */
  async applyPayment(order: Order, paymentRef: string | null): Promise<{ order: Order; outcome: PaymentConfirmation }> {
    const now = this.deps.clock.now();
    if (order.status === 'pending') {
      order.markPaid(now, paymentRef);
      await this.deps.orders.save(order);
      await this.removePurchasedFromCart(order);
      await this.deps.idempotency.completeForOrder(order.id, placedResponse(order), now);
      return { order, outcome: 'paid' };
    }
    if (order.paidAt !== null) return { order, outcome: 'already_paid' };
    if (!order.recordLatePayment(now, paymentRef)) return { order, outcome: 'late_payment_known' };
    await this.deps.orders.save(order);
    return { order, outcome: 'late_payment' };
  }

  /**
   * The payment was declined or failed (or the checkout was cut off before any money was taken):
   * pending -> payment_failed, its stock and discount use back, and its Idempotency-Key completed
   * with the decline (a replay answers the same 402) or released (nothing happened that the client
   * cannot retry with the same key). `failed` tells whether this call did it; otherwise `order`
   * shows what happened instead (paid by a racing confirmation, expired...).
   */
  failPayment(orderId: string, reason: PaymentFailureReason, message: string | null): Promise<{ order: Order; failed: boolean }> {
    return this.change(orderId, (order) => this.applyPaymentFailure(order, reason, message));
  }

  /** Inside the caller's unit of work: see failPayment(). */
  async applyPaymentFailure(order: Order, reason: PaymentFailureReason, message: string | null): Promise<{ order: Order; failed: boolean }> {
    if (order.status !== 'pending') return { order, failed: false };
    const now = this.deps.clock.now();
    order.failPayment(now, reason, message);
    await this.deps.orders.save(order);
    await this.releaseHoldings(order, true);
    if (reason === 'payment_declined') {
      await this.deps.idempotency.completeForOrder(order.id, { outcome: 'declined', orderId: order.id, message }, now);
    } else {
      await this.deps.idempotency.releaseForOrder(order.id);
    }
    return { order, failed: true };
  }

  /**
   * pending -> cancelled (its stock and discount use back), or paid -> cancelled (its stock back,
   * the discount stays used, the refund due: 'order.refund_due' in the same transaction). Anything
   * else is 409 INVALID_STATE.
   */
  cancel(orderId: string, reason: OrderCancellationReason): Promise<Order> {
    return this.change(orderId, async (order) => {
      const wasPaid = order.status !== 'pending';
      order.cancel(this.deps.clock.now(), reason); // invalid_state unless pending or paid
      await this.deps.orders.save(order);
      await this.releaseHoldings(order, !wasPaid);
      this.crash.reach('cancel.in_tx');
      return order;
    });
  }

  /** Expires a pending order past the payment timeout, with its stock and discount use back. */
  expire(orderId: string, timeoutMinutes: number): Promise<boolean> {
    return this.change(orderId, async (order) => {
      if (!order.expireIfUnpaid(this.deps.clock.now(), timeoutMinutes)) return false;
      await this.deps.orders.save(order);
      await this.releaseHoldings(order, true);
      await this.deps.idempotency.completeForOrder(order.id, placedResponse(order), this.deps.clock.now());
      this.crash.reach('expire.in_tx');
      return true;
    });
  }

  /**
   * Gives back the money of an order whose refund is due (a paid order cancelled, a late payment)
   * and records it; nothing when no refund is due. The provider's idempotency key makes a repeated
   * call (a retry after a crash or an outage) refund once. Throws PaymentProviderError when the
   * provider cannot refund now: the refund stays due and the outbox retries it.
   */
  async refund(orderId: string): Promise<Order> {
    const due = await requireOrder(this.deps.orders, orderId);
    if (!due.refundDue) return due;
    const paymentRef = due.payment.intentId;
    if (!paymentRef) throw new Error(`Order ${due.number} holds a payment without a payment reference; refund it by hand`);
    let refundRef: string;
    try {
      const purpose = due.paidAt === null ? 'late-refund' : 'refund';
      refundRef = (await this.deps.gateway.refund({ orderId, paymentRef, amount: due.totals.total, idempotencyKey: `order:${orderId}:${purpose}` })).refundRef;
    } catch (error) {
      throw new PaymentProviderError(`The refund of order ${due.number} could not be made now because the payment provider did not respond; it is retried automatically`, {
        cause: error,
      });
    }
    this.crash.reach('refund.after_provider');
    return this.change(orderId, async (order) => {
      if (!order.refundDue) return order; // recorded by a concurrent retry
      order.markRefunded(this.deps.clock.now(), refundRef);
      await this.deps.orders.save(order);
      return order;
    });
  }

  /**
   * Lets `decide` change the order inside one unit of work, starting over on a lost race. The
   * first attempt may start from `known`, an instance this caller just saved (no re-read of what
   * it already holds): if someone changed the order since, its save loses the race and the next
   * attempt loads the order afresh.
   */
  change<T>(orderId: string, decide: (order: Order) => Promise<T>, known?: Order): Promise<T> {
    let first: Order | undefined = known;
    return retryOnConflict(RACES, () =>
      this.deps.uow.run(async () => {
        const order = first ?? (await requireOrder(this.deps.orders, orderId));
        first = undefined;
        return decide(order);
      }),
    );
  }

  /** Its units back (and, for an order never paid, its discount use). Both are idempotent. */
  private async releaseHoldings(order: Order, releaseDiscount: boolean): Promise<void> {
    await this.deps.stock.releaseForOrder(order.id);
    const discount = order.discount;
    if (releaseDiscount && discount) await this.deps.discounts.release(discount.discountId, order.id);
  }

  /** What a paid order bought leaves its customer's cart (items added meanwhile stay). */
  private async removePurchasedFromCart(order: Order): Promise<void> {
    const cart = await this.deps.carts.findByCustomerId(order.customerId);
    if (!cart) return;
    cart.removePurchased(order.stockLines(), this.deps.clock.now());
    await this.deps.carts.save(cart);
  }
}
