import type { IdempotencyBegin, IdempotencyRequest, IdempotencyStore, IdempotentResponse } from '../ports/idempotency-store.port';
import { nextTick } from './next-tick';

interface IdempotencyRow {
  fingerprint: string;
  response: IdempotentResponse | null;
  startedAt: Date;
}

/** Idempotency-Key records in a map; begin() checks and claims in one synchronous step. */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly rows = new Map<string, IdempotencyRow>();

  async begin(request: IdempotencyRequest): Promise<IdempotencyBegin> {
    await nextTick();
    const id = keyOf(request);
    const row = this.rows.get(id);
    if (!row) {
      this.rows.set(id, { fingerprint: request.fingerprint, response: null, startedAt: new Date(request.now.getTime()) });
      return { state: 'new' };
    }
    if (row.fingerprint !== request.fingerprint) return { state: 'conflict' };
    if (row.response === null) return { state: 'in_progress' };
    return { state: 'replay', response: { ...row.response } };
  }

  async complete(request: Omit<IdempotencyRequest, 'fingerprint'>, response: IdempotentResponse): Promise<void> {
    await nextTick();
    const row = this.rows.get(keyOf(request));
    if (!row) throw new Error(`No idempotency record for ${request.operation} ${request.key}`);
    row.response = { ...response };
  }

  async fail(request: Omit<IdempotencyRequest, 'fingerprint' | 'now'>): Promise<void> {
    await nextTick();
    this.rows.delete(keyOf(request));
  }

  /** The stored response, null while in progress, undefined when there is no record. */
  responseOf(operation: string, customerId: string, key: string): IdempotentResponse | null | undefined {
    const row = this.rows.get(keyOf({ operation, customerId, key }));
    return row ? row.response : undefined;
  }
}

function keyOf(request: { operation: string; customerId: string; key: string }): string {
  return JSON.stringify([request.operation, request.customerId, request.key]);
}
