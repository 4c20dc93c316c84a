import { Injectable } from '@nestjs/common';
import type { ProcessedEventStore } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

/**
 * Provider events already handled, in `processed_events` (event id as primary key). claim() is
 * `INSERT ... ON CONFLICT DO NOTHING`: exactly one of any number of concurrent deliveries of an
 * event inserts the row and gets true.
 */
@Injectable()
export class PrismaProcessedEventStore implements ProcessedEventStore {
  constructor(private readonly prisma: PrismaService) {}

  async claim(eventId: string, at: Date): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO processed_events (event_id, processed_at) VALUES (${eventId}, ${at})
      ON CONFLICT (event_id) DO NOTHING`;
    return inserted === 1;
  }

  async release(eventId: string): Promise<void> {
    await this.prisma.processedEvent.deleteMany({ where: { eventId } });
  }
}
