import type { DomainEvent } from './domain-event';

/** Base of every aggregate: keeps the events it records until the repository pulls them. */
export abstract class AggregateRoot {
  private pendingEvents: DomainEvent[] = [];

  protected record<P>(event: DomainEvent<P>): void {
    this.pendingEvents.push(event as DomainEvent);
  }

  /** The events recorded since the last pull, oldest first; the aggregate forgets them. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    return events;
  }
}
