import type {
  IdempotencyClaim,
  IdempotencyClaimRequest,
  IdempotencyKeyRef,
  IdempotencyStore,
  IdempotentResponse,
  InFlightKey,
} from '../ports/idempotency-store.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

interface IdempotencyRow extends IdempotencyKeyRef {
  fingerprint: string;
  orderId: string | null;
  response: IdempotentResponse | null;
  startedAt: Date;
}

/** Idempotency-Key records in a map; claim() checks and claims in one synchronous step. */
export class InMemoryIdempotencyStore implements IdempotencyStore, TransactionalState {
  private rows = new Map<string, IdempotencyRow>();

  async claim(request: IdempotencyClaimRequest): Promise<IdempotencyClaim> {
    await nextTick();
    const id = keyOf(request);
    const row = this.rows.get(id);
    if (!row) {
      const { operation, customerId, key, fingerprint, orderId } = request;
      this.rows.set(id, { operation, customerId, key, fingerprint, orderId, response: null, startedAt: new Date(request.now.getTime()) });
      return { state: 'new' };
    }
    if (row.fingerprint !== request.fingerprint) return { state: 'conflict' };
    if (row.response === null) return { state: 'in_progress', orderId: row.orderId, startedAt: new Date(row.startedAt.getTime()) };
    return { state: 'replay', response: { ...row.response } };
  }

  async completeForOrder(orderId: string, response: IdempotentResponse): Promise<void> {
    await nextTick();
    for (const row of this.rows.values()) if (row.orderId === orderId) row.response = { ...response };
  }

  async releaseForOrder(orderId: string): Promise<void> {
    await nextTick();
    for (const [id, row] of this.rows) if (row.orderId === orderId) this.rows.delete(id);
  }

  async findInProgressStartedBefore(cutoff: Date, limit: number): Promise<InFlightKey[]> {
    await nextTick();
    return [...this.rows.values()]
      .filter((r) => r.response === null && r.startedAt.getTime() < cutoff.getTime())
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
      .slice(0, limit)
      .map(({ operation, customerId, key, orderId, startedAt }) => ({ operation, customerId, key, orderId, startedAt: new Date(startedAt.getTime()) }));
  }

  /** The stored response, null while in progress, undefined when there is no record. */
  responseOf(operation: string, customerId: string, key: string): IdempotentResponse | null | undefined {
    const row = this.rows.get(keyOf({ operation, customerId, key }));
    return row ? row.response : undefined;
  }

  snapshotState(): unknown {
    return structuredClone(this.rows);
  }

  restoreState(state: unknown): void {
    this.rows = structuredClone(state as Map<string, IdempotencyRow>);
  }
}

function keyOf(request: IdempotencyKeyRef): string {
  return JSON.stringify([request.operation, request.customerId, request.key]);
}
