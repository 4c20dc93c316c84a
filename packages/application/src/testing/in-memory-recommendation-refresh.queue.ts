import type { RecommendationRefreshQueue } from '../ports/recommendation-refresh-queue.port';

export class InMemoryRecommendationRefreshQueue implements RecommendationRefreshQueue {
  /** Waiting targets in the order they were first queued. */
  readonly waiting = new Set<string>();
  private readonly taken = new Set<string>();

  async add(targets: readonly string[]): Promise<void> {
    for (const target of targets) this.waiting.add(target);
  }

  async process(limit: number, work: (targets: string[]) => Promise<void>): Promise<number> {
    const batch = [...this.waiting].filter((t) => !this.taken.has(t)).slice(0, limit);
    batch.forEach((t) => this.taken.add(t));
    try {
      await work(batch);
      batch.forEach((t) => this.waiting.delete(t));
    } finally {
      batch.forEach((t) => this.taken.delete(t));
    }
    return batch.length;
  }
}
