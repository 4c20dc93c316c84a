import type { DomainEvent } from '@devgear/domain';

/** Where use cases hand the events they pulled from aggregates after saving them. */
export interface DomainEventSink {
  publish(events: DomainEvent[]): Promise<void>;
}
