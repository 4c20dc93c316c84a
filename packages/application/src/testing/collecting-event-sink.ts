import type { DomainEvent } from '@devgear/domain';
import type { DomainEventSink } from '../ports/domain-event-sink.port';

/** Keeps the published events; can be told to fail. */
export class CollectingEventSink implements DomainEventSink {
  readonly events: DomainEvent[] = [];
  private failure: Error | null = null;

  async publish(events: DomainEvent[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.events.push(...events);
  }

  failWith(error: Error = new Error('event bus unavailable')): void {
    this.failure = error;
  }
}
