import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@devgear/domain';
import type { DomainEventSink } from '@devgear/application';
import { PrismaService } from '../database/prisma.service';
import { writeOutbox } from './outbox-writer';

/**
 * The DomainEventSink port over the outbox: events a use case publishes without an aggregate to
 * save (a password-reset request) are stored in the outbox — in the caller's unit of work when
 * there is one — and delivered by the dispatcher after commit.
 */
@Injectable()
export class OutboxEventSink implements DomainEventSink {
  constructor(private readonly prisma: PrismaService) {}

  publish(events: DomainEvent[]): Promise<void> {
    return writeOutbox(this.prisma.db, events);
  }
}
