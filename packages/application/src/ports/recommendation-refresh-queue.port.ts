/**
 * The lists waiting to be recomputed, each at most once however many order events asked for it
 * (a burst of 1,000 orders of one keyboard recomputes its "also bought" once, not 1,000 times).
 * Targets: 'best-sellers', 'customer:<id>', 'product:<id>'.
 */
export interface RecommendationRefreshQueue {
  /** Queues the targets (those already waiting stay as they are); joins the caller's transaction. */
  add(targets: readonly string[]): Promise<void>;
  /**
   * Takes up to `limit` waiting targets, oldest first, and runs `work` on them; they leave the
   * queue only if `work` succeeds (a failure or a crash leaves them for the next round).
   * Concurrent callers take different targets. Returns how many were taken.
   */
  process(limit: number, work: (targets: string[]) => Promise<void>): Promise<number>;
}
