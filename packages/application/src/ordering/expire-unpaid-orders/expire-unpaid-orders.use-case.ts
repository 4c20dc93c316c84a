import { DomainError, OrderingErrorCodes } from '@devgear/domain';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import { OrderSettlement, type OrderSettlementDeps } from '../order-settlement';

export interface ExpireUnpaidOrdersDeps extends OrderSettlementDeps {
  errors: ErrorReporter;
}

export interface ExpireUnpaidOrdersOptions {
  /** Pending orders older than this are cancelled ('expired') and their stock released. */
  timeoutMinutes: number;
  /** At most this many per run (default 100). */
  batchSize?: number;
}

export interface ExpireUnpaidOrdersResult {
  /** Numbers of the orders this run expired. */
  expired: string[];
  /** Orders that could not be expired this run (reported; the next run tries again). */
  failed: string[];
}

/**
 * The expiry job (run every few seconds by any number of instances): an order left unpaid past the
 * payment timeout is cancelled ('expired') with its stock and discount use back, in one transaction.
 * An order paid meanwhile is left alone, and two runs racing for one order expire it once.
 */
export class ExpireUnpaidOrdersUseCase {
  private readonly settlement: OrderSettlement;

  constructor(
    private readonly deps: ExpireUnpaidOrdersDeps,
    private readonly options: ExpireUnpaidOrdersOptions,
  ) {
    if (!Number.isFinite(options.timeoutMinutes) || options.timeoutMinutes <= 0) {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, `The payment timeout must be a positive number of minutes, got ${String(options.timeoutMinutes)}`);
    }
    this.settlement = new OrderSettlement(deps);
  }

  async execute(): Promise<ExpireUnpaidOrdersResult> {
    const now = this.deps.clock.now();
    const cutoff = new Date(now.getTime() - this.options.timeoutMinutes * 60_000);
    const candidates = await this.deps.orders.findPendingPlacedBefore(cutoff, this.options.batchSize ?? 100);
    const result: ExpireUnpaidOrdersResult = { expired: [], failed: [] };
    for (const order of candidates) {
      try {
        if (await this.settlement.expire(order.id, this.options.timeoutMinutes)) result.expired.push(order.number);
      } catch (error) {
        this.deps.errors.report(error, { operation: 'ordering.expire_unpaid', orderId: order.id, orderNumber: order.number });
        result.failed.push(order.number);
      }
    }
    return result;
  }
}
