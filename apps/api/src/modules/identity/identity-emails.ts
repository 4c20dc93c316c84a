import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SendPasswordResetUseCase, SendWelcomeEmailUseCase } from '@devgear/application';
import { IdentityEvents, type PasswordResetRequestedPayload, type UserRegisteredPayload } from '@devgear/domain';
import { OutboxDelivery } from '../../platform/outbox/outbox.module';

/**
 * The identity context's outbox handlers: 'user.registered' sends the welcome email and
 * 'password_reset.requested' the reset link (when the email has an account), each once.
 */
@Injectable()
export class IdentityEmails implements OnModuleInit {
  private readonly log = new Logger('Identity');

  constructor(
    private readonly outbox: OutboxDelivery,
    private readonly welcome: SendWelcomeEmailUseCase,
    private readonly reset: SendPasswordResetUseCase,
  ) {}

  onModuleInit(): void {
    this.outbox.dispatcher
      .on(IdentityEvents.USER_REGISTERED, async (message) => {
        const outcome = await this.welcome.execute((message.payload as UserRegisteredPayload).userId);
        if (outcome === 'unknown_user') this.log.warn(`welcome email for ${message.aggregateId} not sent: no such user`);
      })
      .on(IdentityEvents.PASSWORD_RESET_REQUESTED, async (message) => {
        await this.reset.execute(message.id, (message.payload as PasswordResetRequestedPayload).email);
      });
  }
}
