import type { Clock } from '../../ports/clock.port';
import type { Mailer } from '../../ports/mailer.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import type { UnitOfWork } from '../../ports/unit-of-work.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { EmailTemplates } from '../email-templates';

export interface SendWelcomeEmailDeps {
  users: UserRepository;
  mailer: Mailer;
  /** Remembers which welcome emails went out, so a redelivered 'user.registered' sends none. */
  sent: ProcessedEventStore;
  uow: UnitOfWork;
  clock: Clock;
}

export interface SendWelcomeEmailOptions {
  storeName: string;
  /** The storefront's home page, linked from the email. */
  storeUrl: string;
}

export type SendWelcomeEmailOutcome = 'sent' | 'already_sent' | 'unknown_user';

/**
 * Handles 'user.registered' from the outbox: greets the new customer, once. The claim and the send
 * are one unit of work, so a mail failure rolls the claim back and the outbox retries.
 */
export class SendWelcomeEmailUseCase {
  constructor(
    private readonly deps: SendWelcomeEmailDeps,
    private readonly options: SendWelcomeEmailOptions,
  ) {}

  async execute(userId: string): Promise<SendWelcomeEmailOutcome> {
    const user = await this.deps.users.loadUser(userId);
    if (!user) return 'unknown_user';
    return this.deps.uow.run(async () => {
      if (!(await this.deps.sent.claim(`mail:welcome:${user.id}`, this.deps.clock.now()))) return 'already_sent' as const;
      const email = EmailTemplates.welcome({ firstName: user.firstName, storeName: this.options.storeName, storeUrl: this.options.storeUrl });
      await this.deps.mailer.send({ to: user.email, ...email, tag: 'welcome' });
      return 'sent' as const;
    });
  }
}
