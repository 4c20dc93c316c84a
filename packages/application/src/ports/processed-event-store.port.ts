/**
 * Remembers which provider events (webhook deliveries, by the provider's event id) were handled,
 * so each is processed once although providers deliver at least once.
 */
export interface ProcessedEventStore {
  /** Atomically claims the event: true for the first caller, false when it was claimed before. */
  claim(eventId: string, at: Date): Promise<boolean>;
  /** Gives a claim back after its processing failed, so the provider's next delivery is processed. */
  release(eventId: string): Promise<void>;
}
