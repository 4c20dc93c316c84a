import { DomainError, Email, IdentityEvents, type PasswordResetRequestedPayload } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { DomainEventSink } from '../../ports/domain-event-sink.port';

export interface RequestPasswordResetInput {
  email: string;
}

export interface RequestPasswordResetDeps {
  /** The outbox: the event is stored now and handled after the answer (SendPasswordResetUseCase). */
  events: DomainEventSink;
  clock: Clock;
}

/**
 * POST /auth/password-reset-request: always succeeds and answers in the same time whether or not
 * an account exists (CONTRACT.md): it only records 'password_reset.requested' for the email in the
 * outbox — the same single write for every address, no lookup — and the outbox's handler
 * (SendPasswordResetUseCase) looks the account up and emails the link, after the answer.
 */
export class RequestPasswordResetUseCase {
  constructor(private readonly deps: RequestPasswordResetDeps) {}

  async execute(input: RequestPasswordResetInput): Promise<void> {
    const email = normalisedEmail(input?.email);
    if (!email) return; // nothing anyone could receive; the answer is the same
    await this.deps.events.publish([
      {
        name: IdentityEvents.PASSWORD_RESET_REQUESTED,
        aggregateId: `password-reset:${email}`,
        occurredAt: this.deps.clock.now(),
        payload: { email } satisfies PasswordResetRequestedPayload,
      },
    ]);
  }
}

function normalisedEmail(raw: unknown): string | null {
  try {
    return Email.create(raw as string).value;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
