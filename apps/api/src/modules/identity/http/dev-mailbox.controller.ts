import { Controller, Get, Inject, Query } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';
import { LocalMailboxMailer } from '../../../adapters/local/local-mailbox.mailer';
import { MAILER } from '../identity.tokens';

const query = z.object({ to: z.string().trim().max(254).optional() });

/** Registered only with the local mail adapter outside production (see CONTRACT.md). */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(@Inject(MAILER) private readonly mailer: LocalMailboxMailer) {}

  @Public()
  @Get()
  async list(@Query() q: unknown) {
    const { to } = parseInput(query, q);
    const messages = await this.mailer.list(to || undefined);
    return {
      data: messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, html: m.html, sent_at: m.sentAt.toISOString() })),
    };
  }
}
