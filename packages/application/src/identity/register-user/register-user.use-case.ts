import {
  DomainError,
  Email,
  IdentityErrorCodes,
  IdentityLimits,
  PasswordPolicy,
  User,
  ValidationProblems,
  requiredText,
} from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { DomainEventSink } from '../../ports/domain-event-sink.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { Mailer } from '../../ports/mailer.port';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { EmailTemplates } from '../email-templates';
import type { Session, SessionIssuer } from '../session-issuer';

export interface RegisterUserInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface RegisterUserResult {
  user: User;
  session: Session;
}

export interface RegisterUserDeps {
  users: UserRepository;
  hasher: PasswordHasher;
  sessions: SessionIssuer;
  mailer: Mailer;
  events: DomainEventSink;
  errors: ErrorReporter;
  ids: IdGenerator;
  clock: Clock;
}

export interface RegisterUserOptions {
  storeName: string;
  /** The storefront's home page, linked from the welcome email. */
  storeUrl: string;
}

/** POST /auth/register: creates a customer account and signs it in. */
export class RegisterUserUseCase {
  constructor(
    private readonly deps: RegisterUserDeps,
    private readonly options: RegisterUserOptions,
  ) {}

  async execute(input: RegisterUserInput): Promise<RegisterUserResult> {
    const { users, hasher, sessions, clock } = this.deps;
    const email = this.validate(input);

    if (await users.findByEmail(email.value)) throw emailTaken(email.value);

    const user = User.register(
      {
        id: this.deps.ids.next(),
        email: email.value,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash: await hasher.hash(input.password),
      },
      clock.now(),
    );
    // A concurrent registration of the same email makes this fail as a conflict (see the port).
    await users.saveUser(user);

    // The account exists from here on: a failure to announce or greet it must not undo that.
    await this.publishEvents(user);
    const session = await sessions.start(user);
    await this.sendWelcome(user);
    return { user, session };
  }

  /** Every problem of the input at once; returns the normalised email. */
  private validate(input: RegisterUserInput): Email {
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_USER);
    const email = problems.capture('email', () => Email.create(input.email));
    requiredText(problems, 'first_name', input.firstName, IdentityLimits.NAME_MAX);
    requiredText(problems, 'last_name', input.lastName, IdentityLimits.NAME_MAX);
    for (const problem of PasswordPolicy.problemsWith(input.password, email ?? input.email)) {
      problems.add('password', problem, IdentityErrorCodes.WEAK_PASSWORD);
    }
    problems.throwIfAny('Invalid registration');
    return email as Email;
  }

  private async publishEvents(user: User): Promise<void> {
    const events = user.pullEvents();
    try {
      await this.deps.events.publish(events);
    } catch (error) {
      this.deps.errors.report(error, { operation: 'identity.register.publish_events', userId: user.id, events: events.map((e) => e.name) });
    }
  }

  private async sendWelcome(user: User): Promise<void> {
    try {
      const email = EmailTemplates.welcome({ firstName: user.firstName, storeName: this.options.storeName, storeUrl: this.options.storeUrl });
      await this.deps.mailer.send({ to: user.email, ...email, tag: 'welcome' });
    } catch (error) {
      this.deps.errors.report(error, { operation: 'identity.register.welcome_email', userId: user.id });
    }
  }
}

function emailTaken(email: string): DomainError {
  return new DomainError(IdentityErrorCodes.EMAIL_TAKEN, `An account with the email ${email} already exists`, 'conflict', {
    email: ['is already registered'],
  });
}
