import { DomainError, IdentityErrorCodes, User, type UserRole, type UserSnapshot } from '@devgear/domain';
import type { DomainEvent } from '@devgear/domain';
import type {
  NewUser,
  UserCredentials,
  UserListPage,
  UserListQuery,
  UserRecord,
  UserRepository,
  UserSummary,
} from '../ports/user-repository.port';

function summaryOf(u: UserSnapshot): UserSummary {
  return { id: u.id, email: u.email, firstName: u.firstName, lastName: u.lastName, role: u.role, createdAt: new Date(u.createdAt.getTime()) };
}

/**
 * Keeps users as plain rows, like a database: what a caller loads is a fresh aggregate, never the
 * instance it saved. Enforces the unique email and keeps at least one admin once there is one.
 */
export class InMemoryUserRepository implements UserRepository {
  /** The stored rows, oldest first. */
  readonly users: UserSnapshot[] = [];

  constructor(users: Array<NewUser | User> = []) {
    for (const user of users) this.users.push(user instanceof User ? user.toSnapshot() : rowOf(user));
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = this.rowByEmail(email);
    return row ? { id: row.id, email: row.email, role: row.role } : null;
  }

  async create(user: NewUser): Promise<void> {
    if (this.rowByEmail(user.email)) throw emailTaken(user.email);
    this.users.push(rowOf(user));
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    const row = this.users.find((u) => u.id === id);
    if (!row) throw new DomainError(IdentityErrorCodes.USER_NOT_FOUND, `No user ${id}`, 'not_found');
    row.role = role;
  }

  async findById(id: string): Promise<UserRecord | null> {
    const row = this.users.find((u) => u.id === id);
    return row ? { id: row.id, email: row.email, role: row.role } : null;
  }

  async findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    const row = this.rowByEmail(email);
    return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.passwordHash } : null;
  }

  async loadUser(id: string): Promise<User | null> {
    const row = this.users.find((u) => u.id === id);
    return row ? User.restore(row) : null;
  }

  /** Events written by successful saves (the outbox), oldest first. */
  readonly outbox: DomainEvent[] = [];

  async saveUser(user: User): Promise<void> {
    const next = user.toSnapshot();
    const index = this.users.findIndex((u) => u.id === next.id);
    if (this.users.some((u) => u.id !== next.id && u.email === next.email)) throw emailTaken(next.email);
    const previous = index >= 0 ? this.users[index] : null;
    if (previous?.role === 'admin' && next.role !== 'admin' && !this.users.some((u) => u.id !== next.id && u.role === 'admin')) {
      throw new DomainError(IdentityErrorCodes.LAST_ADMIN, 'The store must keep at least one admin', 'invalid_state');
    }
    if (index >= 0) this.users[index] = next;
    else this.users.push(next);
    this.outbox.push(...user.pullEvents());
  }

  async listUsers(query: UserListQuery): Promise<UserListPage> {
    const q = query.q?.trim().toLowerCase();
    const matching = this.users
      .filter((u) => !q || [u.email, u.firstName, u.lastName].some((field) => field.toLowerCase().includes(q)))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const start = (query.page - 1) * query.perPage;
    return { items: matching.slice(start, start + query.perPage).map(summaryOf), total: matching.length };
  }

  async findSummaries(ids: readonly string[]): Promise<UserSummary[]> {
    return this.users.filter((u) => ids.includes(u.id)).map(summaryOf);
  }

  async countAdmins(): Promise<number> {
    return this.users.filter((u) => u.role === 'admin').length;
  }

  /** The stored row of a user as plain data (a copy), for assertions. */
  row(id: string): UserSnapshot | null {
    const row = this.users.find((u) => u.id === id);
    return row ? User.restore(row).toSnapshot() : null;
  }

  private rowByEmail(email: string): UserSnapshot | undefined {
    const wanted = email.trim().toLowerCase();
    return this.users.find((u) => u.email === wanted);
  }
}

function rowOf(user: NewUser): UserSnapshot {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    passwordHash: user.passwordHash,
    addresses: [],
    createdAt: new Date(user.createdAt.getTime()),
    updatedAt: new Date(user.createdAt.getTime()),
  };
}

function emailTaken(email: string): DomainError {
  return new DomainError(IdentityErrorCodes.EMAIL_TAKEN, `Email ${email} is already registered`, 'conflict', {
    email: ['is already registered'],
  });
}
