import type { Order } from '@devgear/domain';
import type { ErrorReporter } from '../ports/error-reporter.port';
import type { InFlightKey } from '../ports/idempotency-store.port';
import { OrderSettlement, placedResponse, type OrderSettlementDeps } from './order-settlement';

export interface CheckoutRecoveryOptions {
  /**
   * A key still in progress this long after its request started was cut off (a crash): no live
   * request runs that long, since the charge gives up after the payment timeout. Default 45 s
   * (the default 30 s payment timeout plus a margin).
   */
  staleAfterMs?: number;
}

export type RecoveryOutcome =
  /** The provider had taken the money: the order is paid now (or was already). */
  | 'paid'
  /** The provider had declined: the attempt ended in payment_failed; a replay answers 402. */
  | 'declined'
  /** Nothing was charged: the attempt ended in payment_failed and the key is free for a fresh attempt. */
  | 'released'
  /** The order had moved on meanwhile (webhook, expiry, cancel): the key now answers with it. */
  | 'settled';

/** The provider's idempotency key of an order's charge: the same order is never charged twice. */
export const chargeKeyOf = (orderId: string) => `order:${orderId}:charge`;

/**
 * Settles a checkout whose request was cut off (a crash between its transactions) so that its
 * Idempotency-Key answers with the real outcome instead of "still being processed" (CONTRACT.md):
 * a pending order is decided by asking the provider what became of its charge — taken: paid;
 * declined: payment_failed with the decline kept; nothing: payment_failed and the key released, so
 * a replay runs as a fresh attempt. Each decision is one transaction (OrderSettlement), so it
 * converges with a late webhook or a racing expiry. Used by the recovery job and by a replay that
 * finds its key stale.
 */
export class CheckoutRecovery {
  private readonly settlement: OrderSettlement;
  readonly staleAfterMs: number;

  constructor(
    private readonly deps: OrderSettlementDeps & { errors: ErrorReporter },
    options: CheckoutRecoveryOptions = {},
  ) {
    this.settlement = new OrderSettlement(deps);
    this.staleAfterMs = options.staleAfterMs ?? 45_000;
  }

  isStale(startedAt: Date): boolean {
    return this.deps.clock.now().getTime() - startedAt.getTime() >= this.staleAfterMs;
  }

  /** Throws when the provider cannot tell now (the next run asks again). */
  async settle(key: InFlightKey): Promise<RecoveryOutcome> {
    if (!key.orderId) throw new Error(`Idempotency-Key ${key.key} of customer ${key.customerId} is in progress without an order`);
    const order = await this.deps.orders.findById(key.orderId);
    if (!order) throw new Error(`Idempotency-Key ${key.key} names order ${key.orderId}, which does not exist`);
    if (order.status !== 'pending') return this.settleKeyOf(order);

    const found = await this.deps.gateway.findCharge({ orderId: order.id, idempotencyKey: chargeKeyOf(order.id) });
    if (found.status === 'succeeded') {
      await this.settlement.confirmPayment(order.id, found.paymentRef);
      return 'paid';
    }
    const reason = found.status === 'declined' ? 'payment_declined' : 'payment_interrupted';
    const { order: after, failed } = await this.settlement.failPayment(order.id, reason, found.status === 'declined' ? found.reason : null);
    if (!failed) return this.settleKeyOf(after);
    return found.status === 'declined' ? 'declined' : 'released';
  }

  /** An order that left pending by another path: its key answers with what the order became. */
  private async settleKeyOf(order: Order): Promise<RecoveryOutcome> {
    return this.settlement.change(order.id, async (current) => {
      const now = this.deps.clock.now();
      if (current.status === 'payment_failed') {
        if (current.cancellationReason === 'payment_declined') {
          await this.deps.idempotency.completeForOrder(current.id, { outcome: 'declined', orderId: current.id, message: null }, now);
          return 'declined' as const;
        }
        await this.deps.idempotency.releaseForOrder(current.id);
        return 'released' as const;
      }
      await this.deps.idempotency.completeForOrder(current.id, placedResponse(current), now);
      return current.paidAt !== null ? ('paid' as const) : ('settled' as const);
    });
  }
}
