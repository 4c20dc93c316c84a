import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { Mailer } from '../../ports/mailer.port';
import type { PasswordResetStore } from '../../ports/password-reset-store.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import type { SecureRandom } from '../../ports/secure-random.port';
import type { TokenHasher } from '../../ports/token-hasher.port';
import type { UnitOfWork } from '../../ports/unit-of-work.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { EmailTemplates } from '../email-templates';

export interface SendPasswordResetDeps {
  users: UserRepository;
  resets: PasswordResetStore;
  random: SecureRandom;
  tokenHasher: TokenHasher;
  mailer: Mailer;
  /** Remembers which requests were handled, so a redelivered event sends no second link. */
  sent: ProcessedEventStore;
  uow: UnitOfWork;
  ids: IdGenerator;
  clock: Clock;
}

export interface SendPasswordResetOptions {
  storeName: string;
  /** The web page that takes ?token= and asks for the new password. */
  resetPasswordUrl: string;
  /** CONTRACT.md: one hour. */
  tokenTtlSeconds?: number;
}

export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
/** 256 bits. */
export const PASSWORD_RESET_TOKEN_BYTES = 32;

export type SendPasswordResetOutcome = 'sent' | 'already_sent' | 'no_account';

/**
 * Handles 'password_reset.requested' from the outbox (the request itself only recorded the event):
 * for an email with an account, invalidates the links sent before, stores the hash of a new
 * single-use token valid one hour and emails the link — in one unit of work with the claim of
 * the request, so a mail failure leaves nothing behind and the outbox retries. An email without an
 * account gets nothing, and nobody can tell from the answer of the request.
 */
export class SendPasswordResetUseCase {
  private readonly ttlMs: number;

  constructor(
    private readonly deps: SendPasswordResetDeps,
    private readonly options: SendPasswordResetOptions,
  ) {
    const ttl = options.tokenTtlSeconds ?? PASSWORD_RESET_TTL_SECONDS;
    if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new RangeError(`tokenTtlSeconds must be a positive whole number, got ${ttl}`);
    this.ttlMs = ttl * 1000;
  }

  /** `requestId`: the outbox message, so each request is handled once. */
  async execute(requestId: string, email: string): Promise<SendPasswordResetOutcome> {
    const { users, resets, clock } = this.deps;
    const record = await users.findByEmail(email);
    const user = record ? await users.loadUser(record.id) : null;
    if (!user) return 'no_account';
    return this.deps.uow.run(async () => {
      const now = clock.now();
      if (!(await this.deps.sent.claim(`mail:password-reset:${requestId}`, now))) return 'already_sent' as const;
      const token = this.deps.random.token(PASSWORD_RESET_TOKEN_BYTES);
      await resets.invalidateAllForUser(user.id, now);
      await resets.create({
        id: this.deps.ids.next(),
        userId: user.id,
        tokenHash: this.deps.tokenHasher.sha256(token),
        expiresAt: new Date(now.getTime() + this.ttlMs),
        createdAt: now,
      });
      const message = EmailTemplates.passwordReset({
        firstName: user.firstName,
        storeName: this.options.storeName,
        resetPasswordUrl: this.options.resetPasswordUrl,
        token,
        validForMinutes: Math.round(this.ttlMs / 60_000),
      });
      await this.deps.mailer.send({ to: user.email, ...message, tag: 'password_reset' });
      return 'sent' as const;
    });
  }
}
