import { AsyncLocalStorage } from 'node:async_hooks';
import type { UnitOfWork } from '../ports/unit-of-work.port';

/** An in-memory store that can take part in an InMemoryUnitOfWork: copy its state out, put it back. */
export interface TransactionalState {
  snapshotState(): unknown;
  restoreState(state: unknown): void;
}

/**
 * The unit of work over in-memory stores, with the semantics of the database's: runs are
 * isolated (one at a time, as if serialisable), a run that throws leaves every participating store
 * exactly as it was before the run (its state is restored), and a run inside a run joins it.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private readonly inRun = new AsyncLocalStorage<true>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Runs started (outermost only) and rolled back, for assertions. */
  runs = 0;
  rollbacks = 0;

  constructor(private readonly participants: TransactionalState[] = []) {}

  join(...participants: TransactionalState[]): this {
    this.participants.push(...participants);
    return this;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inRun.getStore()) return work();
    const result = this.queue.then(() => this.runAlone(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runAlone<T>(work: () => Promise<T>): Promise<T> {
    this.runs += 1;
    const saved = this.participants.map((p) => p.snapshotState());
    try {
      return await this.inRun.run(true, work);
    } catch (error) {
      this.participants.forEach((p, i) => p.restoreState(saved[i]));
      this.rollbacks += 1;
      throw error;
    }
  }
}
