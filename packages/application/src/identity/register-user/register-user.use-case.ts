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
import type { IdGenerator } from '../../ports/id-generator.port';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';
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
  ids: IdGenerator;
  clock: Clock;
}

/**
 * POST /auth/register: creates a customer account and signs it in. The account and its
 * 'user.registered' event are stored together (the repository writes the event to the outbox in
 * the user's transaction); the welcome email goes out from the outbox (SendWelcomeEmailUseCase),
 * so a mail outage neither fails the registration nor loses the email.
 */
export class RegisterUserUseCase {
  constructor(private readonly deps: RegisterUserDeps) {}

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
    const session = await sessions.start(user);
    return { user, session };
  }

  /** Every problem of the input at once; returns the normalised email. */
  private validate(input: RegisterUserInput): Email {
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_USER);
    const email = problems.capture('email', () => Email.create(input.email));
    requiredText(problems, 'firstName', input.firstName, IdentityLimits.NAME_MAX);
    requiredText(problems, 'lastName', input.lastName, IdentityLimits.NAME_MAX);
    for (const problem of PasswordPolicy.problemsWith(input.password, email ?? input.email)) {
      problems.add('password', problem, IdentityErrorCodes.WEAK_PASSWORD);
    }
    problems.throwIfAny('Invalid registration');
    return email as Email;
  }
}

function emailTaken(email: string): DomainError {
  return new DomainError(IdentityErrorCodes.EMAIL_TAKEN, `An account with the email ${email} already exists`, 'conflict', {
    email: ['is already registered'],
  });
}
