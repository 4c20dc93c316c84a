/** What a finished request stored, to answer its replays: flat JSON. */
export type IdempotentResponse = Record<string, string | number | boolean | null>;

/** One Idempotency-Key: keys are per operation and per customer. */
export interface IdempotencyKeyRef {
  /** Which endpoint the key belongs to: 'place_order'. */
  operation: string;
  /** Two customers may send the same key without meeting. */
  customerId: string;
  /** The client's Idempotency-Key. */
  key: string;
}

export interface IdempotencyClaimRequest extends IdempotencyKeyRef {
  /** The normalised request body; the same key with another fingerprint is a conflict. */
  fingerprint: string;
  /** The order the request is about to create in the same transaction: a new key names it. */
  orderId: string;
  now: Date;
}

export type IdempotencyClaim =
  /** First time: the key is claimed (in progress) in the caller's transaction. */
  | { state: 'new' }
  /** Finished before with the same body: answer with the stored response. */
  | { state: 'replay'; response: IdempotentResponse }
  /** Used before with a different body. */
  | { state: 'conflict' }
  /** A request with this key is still running (or was cut off by a crash and is not settled yet). */
  | { state: 'in_progress'; orderId: string | null; startedAt: Date };

/** A key still in progress, for the job that settles checkouts cut off by a crash. */
export interface InFlightKey extends IdempotencyKeyRef {
  orderId: string | null;
  startedAt: Date;
}

/**
 * Idempotency-Key records (unique on operation, customer and key), written inside the caller's
 * unit of work so the key moves with the order it produced:
 * - claim() inserts the key in progress, naming the order its request creates in the same
 *   transaction (INSERT ... ON CONFLICT DO NOTHING, then read the row): of concurrent callers
 *   exactly one gets 'new', and if its transaction rolls back the key is free again;
 * - completeForOrder() stores the final response of the key linked to the order; releaseForOrder()
 *   forgets that key (nothing was charged: a replay runs as a fresh attempt).
 * A key that produced an order is kept as long as the order exists; others at least 24 hours.
 */
export interface IdempotencyStore {
  claim(request: IdempotencyClaimRequest): Promise<IdempotencyClaim>;
  completeForOrder(orderId: string, response: IdempotentResponse, now: Date): Promise<void>;
  releaseForOrder(orderId: string): Promise<void>;
  /** Keys in progress since before `cutoff`, oldest first. */
  findInProgressStartedBefore(cutoff: Date, limit: number): Promise<InFlightKey[]>;
}
