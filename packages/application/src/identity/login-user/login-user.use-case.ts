import { DomainError, Email, type User } from '@devgear/domain';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { UserCredentials, UserRepository } from '../../ports/user-repository.port';
import { invalidCredentials } from '../identity.failures';
import type { Session, SessionIssuer } from '../session-issuer';

export interface LoginUserInput {
  email: string;
  password: string;
}

export interface LoginUserResult {
  user: User;
  session: Session;
}

export interface LoginUserDeps {
  users: UserRepository;
  hasher: PasswordHasher;
  sessions: SessionIssuer;
}

/** Hashed once per process to give unknown emails the same verify work as known ones. */
const DUMMY_PASSWORD = 'devgear:no-such-account:timing-equaliser';

/**
 * POST /auth/login. An unknown email and a wrong password fail alike: the same error, and the
 * same password-hash verification (against a dummy hash), so neither the answer nor its timing
 * tells whether an account exists.
 */
export class LoginUserUseCase {
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly deps: LoginUserDeps) {}

  async execute(input: LoginUserInput): Promise<LoginUserResult> {
    const password = typeof input.password === 'string' ? input.password : '';
    const email = normalisedEmail(input.email);
    const credentials = email ? await this.deps.users.findCredentialsByEmail(email) : null;

    const matches = await this.verify(password, credentials);
    if (!credentials || !matches) throw invalidCredentials();

    // Deleted between the two reads: as if it never existed.
    const user = await this.deps.users.loadUser(credentials.id);
    if (!user) throw invalidCredentials();
    const session = await this.deps.sessions.start(user);
    return { user, session };
  }

  private async verify(password: string, credentials: UserCredentials | null): Promise<boolean> {
    if (credentials) return this.deps.hasher.verify(password, credentials.passwordHash);
    // The first unknown email in a process also pays for this hash; every later one only verifies.
    this.dummyHash ??= this.deps.hasher.hash(DUMMY_PASSWORD);
    const dummy = await this.dummyHash.catch((error: unknown) => {
      this.dummyHash = null; // try again next time instead of caching the failure
      throw error;
    });
    await this.deps.hasher.verify(password, dummy);
    return false;
  }
}

function normalisedEmail(raw: unknown): string | null {
  try {
    return Email.create(raw as string).value;
  } catch (error) {
    // A malformed address has no account: fail like an unknown one.
    if (error instanceof DomainError) return null;
    throw error;
  }
}
