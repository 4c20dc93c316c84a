import type { Order } from '@devgear/domain';
import { OrderSettlement, type OrderSettlementDeps } from '../order-settlement';

/**
 * Handles 'order.refund_due' from the outbox: gives the money of a cancelled paid order (or of a
 * payment that landed on an order that had already ended unpaid) back through the provider and
 * records it. Idempotent: nothing happens when the refund is no longer due, and the provider's
 * idempotency key refunds once however often it runs. Throws PaymentProviderError while the
 * provider cannot refund, so the outbox retries with backoff until it can.
 */
export class RefundOrderUseCase {
  private readonly settlement: OrderSettlement;

  constructor(deps: OrderSettlementDeps) {
    this.settlement = new OrderSettlement(deps);
  }

  execute(orderId: string): Promise<Order> {
    return this.settlement.refund(orderId);
  }
}
