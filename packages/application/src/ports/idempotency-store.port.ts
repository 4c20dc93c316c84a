/** What a finished request stored, to answer its replays: flat JSON. */
export type IdempotentResponse = Record<string, string | number | boolean | null>;

export interface IdempotencyRequest {
  /** Which endpoint the key belongs to: 'place_order'. */
  operation: string;
  /** Keys are per customer: two customers may send the same key without meeting. */
  customerId: string;
  /** The client's Idempotency-Key. */
  key: string;
  /** The normalised request body; the same key with another fingerprint is a conflict. */
  fingerprint: string;
  now: Date;
}

export type IdempotencyBegin =
  /** First time: the caller owns the key until complete() or fail(). */
  | { state: 'new' }
  /** Finished before with the same body: answer with the stored response. */
  | { state: 'replay'; response: IdempotentResponse }
  /** Used before with a different body. */
  | { state: 'conflict' }
  /** The first request with this key is still running. */
  | { state: 'in_progress' };

/**
 * Idempotency-Key records (a table with a unique key on operation, customer and key). begin() is
 * atomic: of concurrent callers with one key exactly one gets 'new' (INSERT ... ON CONFLICT DO
 * NOTHING, then read the row). Records may be purged after 24 hours; a record left 'in progress'
 * by a crashed process may be treated as 'new' after a grace period of a few minutes.
 */
export interface IdempotencyStore {
  begin(request: IdempotencyRequest): Promise<IdempotencyBegin>;
  /** Stores the final response; replays get it from now on. */
  complete(request: Omit<IdempotencyRequest, 'fingerprint'>, response: IdempotentResponse): Promise<void>;
  /** Forgets the key (nothing happened that a replay must see): the client may retry with it. */
  fail(request: Omit<IdempotencyRequest, 'fingerprint' | 'now'>): Promise<void>;
}
