import { randomUUID } from 'node:crypto';
import type { MailMessage, Mailer } from '@devgear/application';
import type { PrismaService } from '../../platform/database/prisma.service';

/**
 * The zero-config mail adapter: messages are kept in the database (so every API
 * instance and a restart see them) and listed by GET /dev/mailbox outside production.
 */
export class LocalMailboxMailer implements Mailer {
  constructor(private readonly prisma: PrismaService) {}

  async send(message: MailMessage): Promise<void> {
    await this.prisma.mailboxMessage.create({
      data: { id: randomUUID(), to: message.to.toLowerCase(), subject: message.subject, text: message.text, html: message.html, tag: message.tag ?? null },
    });
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
