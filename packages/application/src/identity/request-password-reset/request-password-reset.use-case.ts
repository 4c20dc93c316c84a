import { DomainError, Email } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { Mailer } from '../../ports/mailer.port';
import type { PasswordResetStore } from '../../ports/password-reset-store.port';
import type { SecureRandom } from '../../ports/secure-random.port';
import type { TokenHasher } from '../../ports/token-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { EmailTemplates } from '../email-templates';

export interface RequestPasswordResetInput {
  email: string;
}

export interface RequestPasswordResetDeps {
  users: UserRepository;
  resets: PasswordResetStore;
  random: SecureRandom;
  tokenHasher: TokenHasher;
  mailer: Mailer;
  errors: ErrorReporter;
  ids: IdGenerator;
  clock: Clock;
}

export interface RequestPasswordResetOptions {
  storeName: string;
  /** The web page that takes ?token= and asks for the new password. */
  resetPasswordUrl: string;
  /** CONTRACT.md: one hour. */
  tokenTtlSeconds?: number;
}

export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
/** 256 bits. */
export const PASSWORD_RESET_TOKEN_BYTES = 32;

/**
 * POST /auth/password-reset-request: always succeeds, so it cannot tell anyone whether an
 * account exists. For a known email it emails a single-use link valid one hour and invalidates
 * the links sent before. An unknown email costs the same token and hashing work and sends nothing.
 */
export class RequestPasswordResetUseCase {
  private readonly ttlMs: number;

  constructor(
    private readonly deps: RequestPasswordResetDeps,
    private readonly options: RequestPasswordResetOptions,
  ) {
    const ttl = options.tokenTtlSeconds ?? PASSWORD_RESET_TTL_SECONDS;
    if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new RangeError(`tokenTtlSeconds must be a positive whole number, got ${ttl}`);
    this.ttlMs = ttl * 1000;
  }

  async execute(input: RequestPasswordResetInput): Promise<void> {
    const { users, resets, clock } = this.deps;
    const now = clock.now();
    // Made before knowing whether the account exists: both paths do this work.
    const token = this.deps.random.token(PASSWORD_RESET_TOKEN_BYTES);
    const tokenHash = this.deps.tokenHasher.sha256(token);

    const email = normalisedEmail(input?.email);
    const record = email ? await users.findByEmail(email) : null;
    const user = record ? await users.loadUser(record.id) : null;
    if (!user) return;

    await resets.invalidateAllForUser(user.id, now);
    await resets.create({ id: this.deps.ids.next(), userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + this.ttlMs), createdAt: now });

    try {
      const message = EmailTemplates.passwordReset({
        firstName: user.firstName,
        storeName: this.options.storeName,
        resetPasswordUrl: this.options.resetPasswordUrl,
        token,
        validForMinutes: Math.round(this.ttlMs / 60_000),
      });
      await this.deps.mailer.send({ to: user.email, ...message, tag: 'password_reset' });
    } catch (error) {
      // The answer must not differ from an unknown email's; the failure still gets seen.
      this.deps.errors.report(error, { operation: 'identity.password_reset.email', userId: user.id });
    }
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
