import { randomUUID } from 'node:crypto';
import type { MailMessage, Mailer } from '@devgear/application';
import type { PrismaService } from '../../platform/database/prisma.service';
import { sql } from '../../platform/database/sql';

/**
 * The zero-config mail adapter: messages are kept in the database (so every API
 * instance and a restart see them) and listed by GET /dev/mailbox outside production.
 * A message sent inside a unit of work (an outbox handler) is stored in its transaction, so it
 * is "sent" exactly once: together with the event's processed mark, or not at all.
 */
export class LocalMailboxMailer implements Mailer {
  constructor(private readonly prisma: PrismaService) {}

  async send(message: MailMessage): Promise<void> {
    await this.prisma.query(sql`
      INSERT INTO mailbox_messages (id, "to", subject, text, html, tag)
      VALUES (${randomUUID()}::uuid, ${message.to.toLowerCase()}, ${message.subject}, ${message.text}, ${message.html}, ${message.tag ?? null})`);
  }

  /** The latest messages to one recipient, newest first. */
  async list(to: string, limit = 50) {
    return this.prisma.mailboxMessage.findMany({
      where: { to: to.toLowerCase() },
      orderBy: [{ sentAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }
}
