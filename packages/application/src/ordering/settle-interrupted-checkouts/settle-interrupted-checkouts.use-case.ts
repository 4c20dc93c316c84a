import type { ErrorReporter } from '../../ports/error-reporter.port';
import { CheckoutRecovery, type CheckoutRecoveryOptions, type RecoveryOutcome } from '../checkout-recovery';
import type { OrderSettlementDeps } from '../order-settlement';

export interface SettleInterruptedCheckoutsResult {
  /** Keys settled this run, by what became of them. */
  settled: Array<{ key: string; orderId: string | null; outcome: RecoveryOutcome }>;
  /** Keys that could not be settled now (reported; the next run tries again). */
  failed: string[];
}

/**
 * The recovery job (every few seconds, on any number of instances): checkouts cut off by a crash
 * between their transactions are settled (CheckoutRecovery) once their key is older than any live
 * request can be, so within a minute of a restart every such key answers with its real outcome and
 * every unit of stock held for an unpaid, abandoned attempt is back.
 */
export class SettleInterruptedCheckoutsUseCase {
  private readonly recovery: CheckoutRecovery;
  private readonly batchSize: number;

  constructor(
    private readonly deps: OrderSettlementDeps & { errors: ErrorReporter },
    options: CheckoutRecoveryOptions & { batchSize?: number } = {},
  ) {
    this.recovery = new CheckoutRecovery(deps, options);
    this.batchSize = options.batchSize ?? 50;
  }

  async execute(): Promise<SettleInterruptedCheckoutsResult> {
    const cutoff = new Date(this.deps.clock.now().getTime() - this.recovery.staleAfterMs);
    const keys = await this.deps.idempotency.findInProgressStartedBefore(cutoff, this.batchSize);
    const result: SettleInterruptedCheckoutsResult = { settled: [], failed: [] };
    for (const key of keys) {
      try {
        result.settled.push({ key: key.key, orderId: key.orderId, outcome: await this.recovery.settle(key) });
      } catch (error) {
        this.deps.errors.report(error, { operation: 'ordering.settle_interrupted_checkout', key: key.key, customerId: key.customerId, orderId: key.orderId });
        result.failed.push(key.key);
      }
    }
    return result;
  }
}
