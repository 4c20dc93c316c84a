/**
 * A shared key-value cache (Redis across instances; process memory when there is only
 * one). Values are strings; callers serialise.
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Atomically increments an integer counter (created at 1), returning the new value. */
  increment(key: string): Promise<number>;
}
