import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { devMailboxQuerySchema } from '@devgear/contracts';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';
import { LocalMailboxMailer } from '../../../adapters/local/local-mailbox.mailer';
import { MAILER } from '../identity.tokens';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/**
 * GET /dev/mailbox?to=: the messages the local mail adapter "sent" to one address, for people
 * and tests on this machine. Registered only with the local mail adapter outside production
 * (404 otherwise), answers only requests whose connection comes from a loopback address (the
 * socket's address: X-Forwarded-For is never consulted, whatever TRUST_PROXY says), and only
 * for one recipient (`to` is required): reset links must not be readable by anyone else.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(@Inject(MAILER) private readonly mailer: LocalMailboxMailer) {}

  @Public()
  @Get()
  async list(@Query() q: unknown, @Req() req: FastifyRequest) {
    if (!isLoopback(req.raw.socket?.remoteAddress)) {
      throw new ApiError(403, 'FORBIDDEN', 'The development mailbox answers only requests from this machine (a loopback address)');
    }
    const { to } = parseInput(devMailboxQuerySchema, q, 'Say whose mail to list: ?to=<email>');
    const messages = await this.mailer.list(to);
    return {
      data: messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, html: m.html, sent_at: m.sentAt.toISOString() })),
    };
  }
}
