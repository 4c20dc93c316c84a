import { DomainError, Email, ValidationProblems, requiredText } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { PasswordHasher } from '../../ports/password-hasher.port';
import type { UserRepository } from '../../ports/user-repository.port';

export interface EnsureAdminInput {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
}

export type EnsureAdminOutcome = 'created' | 'promoted' | 'unchanged';

export interface EnsureAdminResult {
  userId: string;
  outcome: EnsureAdminOutcome;
}

/** bcrypt only reads the first 72 bytes; CONTRACT.md caps passwords there. */
const PASSWORD_MIN_BYTES = 8;
const PASSWORD_MAX_BYTES = 72;

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD at start: makes sure that account exists and is an admin.
 * Idempotent and safe when several API instances start at once. An existing account keeps its
 * password (the environment must not silently reset what the admin changed).
 */
export class EnsureAdminUseCase {
  constructor(
    private readonly users: Pick<UserRepository, 'findByEmail' | 'create' | 'setRole'>,
    private readonly hasher: PasswordHasher,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async execute(input: EnsureAdminInput): Promise<EnsureAdminResult> {
    const problems = new ValidationProblems('IDENTITY.INVALID_ADMIN');
    const email = problems.capture('email', () => Email.create(input.email));
    const bytes = typeof input.password === 'string' ? utf8Length(input.password) : 0;
    if (bytes < PASSWORD_MIN_BYTES || bytes > PASSWORD_MAX_BYTES) {
      problems.add('password', `must be ${PASSWORD_MIN_BYTES} to ${PASSWORD_MAX_BYTES} bytes long`);
    }
    const firstName = requiredText(problems, 'firstName', input.firstName ?? 'Store', 100);
    const lastName = requiredText(problems, 'lastName', input.lastName ?? 'Admin', 100);
    problems.throwIfAny('Invalid admin account');

    const address = (email as Email).value;
    const existing = await this.users.findByEmail(address);
    if (existing) return this.promote(existing);

    const id = this.ids.next();
    try {
      await this.users.create({
        id,
        email: address,
        passwordHash: await this.hasher.hash(input.password),
        firstName: firstName as string,
        lastName: lastName as string,
        role: 'admin',
        createdAt: this.clock.now(),
      });
      return { userId: id, outcome: 'created' };
    } catch (error) {
      // Another instance created the account between our read and our insert.
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      const winner = await this.users.findByEmail(address);
      if (!winner) throw error;
      return this.promote(winner);
    }
  }

  private async promote(user: { id: string; role: string }): Promise<EnsureAdminResult> {
    if (user.role === 'admin') return { userId: user.id, outcome: 'unchanged' };
    await this.users.setRole(user.id, 'admin');
    return { userId: user.id, outcome: 'promoted' };
  }
}

/** UTF-8 length without platform APIs. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
