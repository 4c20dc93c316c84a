/**
 * Remembers which events were handled (provider webhook deliveries by the provider's event id,
 * emails sent for an outbox event), so each is processed once although they arrive at least once.
 * claim() runs inside the caller's unit of work: when the work that follows fails, the rollback
 * takes the claim back too, so the next delivery is processed.
 */
export interface ProcessedEventStore {
  /** Atomically claims the event: true for the first caller, false when it was claimed before. */
  claim(eventId: string, at: Date): Promise<boolean>;
}
