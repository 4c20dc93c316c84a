import { Injectable } from '@nestjs/common';
import type { ProcessedEventStore } from '@devgear/application';
import { PrismaService } from '../database/prisma.service';
import { sql } from '../database/sql';

/**
 * Events already handled, in `processed_events` (event id as primary key). claim() is
 * `INSERT ... ON CONFLICT DO NOTHING` in the caller's unit of work: exactly one of any number of
 * concurrent deliveries of an event inserts the row and gets true (the others wait on the key's
 * index until it commits), and a rollback takes the claim back with the work it guarded.
 */
@Injectable()
export class PrismaProcessedEventStore implements ProcessedEventStore {
  constructor(private readonly prisma: PrismaService) {}

  async claim(eventId: string, at: Date): Promise<boolean> {
    const inserted = await this.prisma.query(sql`
      INSERT INTO processed_events (event_id, processed_at) VALUES (${eventId}, ${at})
      ON CONFLICT (event_id) DO NOTHING RETURNING event_id`);
    return inserted.length === 1;
  }
}
