import type { ProcessedEventStore } from '../ports/processed-event-store.port';
import { nextTick } from './next-tick';

/** Processed provider events in a set; claim() checks and adds in one synchronous step. */
export class InMemoryProcessedEventStore implements ProcessedEventStore {
  private readonly claimed = new Map<string, Date>();

  async claim(eventId: string, at: Date): Promise<boolean> {
    await nextTick();
    if (this.claimed.has(eventId)) return false;
    this.claimed.set(eventId, new Date(at.getTime()));
    return true;
  }

  async release(eventId: string): Promise<void> {
    await nextTick();
    this.claimed.delete(eventId);
  }

  has(eventId: string): boolean {
    return this.claimed.has(eventId);
  }
}
