import type { ProcessedEventStore } from '../ports/processed-event-store.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

/** Processed provider events in a set; claim() checks and adds in one synchronous step. */
export class InMemoryProcessedEventStore implements ProcessedEventStore, TransactionalState {
  private claimed = new Map<string, Date>();

  async claim(eventId: string, at: Date): Promise<boolean> {
    await nextTick();
    if (this.claimed.has(eventId)) return false;
    this.claimed.set(eventId, new Date(at.getTime()));
    return true;
  }

  has(eventId: string): boolean {
    return this.claimed.has(eventId);
  }

  snapshotState(): unknown {
    return structuredClone(this.claimed);
  }

  restoreState(state: unknown): void {
    this.claimed = structuredClone(state as Map<string, Date>);
  }
}
