import type { User, UserRole } from '@devgear/domain';

export interface UserRecord {
  id: string;
  /** Normalised (trimmed, lower-case). */
  email: string;
  role: UserRole;
}

export interface NewUser {
  id: string;
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  createdAt: Date;
}

/** What logging in needs: never leaves the application layer (presenters get no hash). */
export interface UserCredentials extends UserRecord {
  passwordHash: string;
}

/** One row of the admin user list. */
export interface UserSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  createdAt: Date;
}

export interface UserListQuery {
  /** Case-insensitive substring of the email, first name or last name. */
  q?: string;
  /** From 1. */
  page: number;
  perPage: number;
}

export interface UserListPage {
  /** Newest account first (ties broken by id). */
  items: UserSummary[];
  /** How many users match, over all pages. */
  total: number;
}

export interface UserRepository {
  /** By normalised email. */
  findByEmail(email: string): Promise<UserRecord | null>;
  /** A duplicate email (a concurrent insert) must surface as a DomainError of kind 'conflict'. */
  create(user: NewUser): Promise<void>;
  setRole(id: string, role: UserRole): Promise<void>;

  findById(id: string): Promise<UserRecord | null>;
  /** By normalised email, with the password hash, for logging in. */
  findCredentialsByEmail(email: string): Promise<UserCredentials | null>;
  /** The whole aggregate with its addresses. */
  loadUser(id: string): Promise<User | null>;
  /**
   * Inserts or updates the user and replaces its addresses, in one transaction. Must surface
   * - an email taken by another user (a concurrent registration) as DomainError kind 'conflict',
   *   code IDENTITY.EMAIL_TAKEN, details { email: ['is already registered'] };
   * - a save that would leave the store without any admin (it turns the last admin into a
   *   customer; two admins demoting each other at once) as DomainError kind 'invalid_state',
   *   code IDENTITY.LAST_ADMIN. Lock the admin rows (or use a serializable transaction) so the
   *   check and the write cannot interleave.
   * The events the user recorded are pulled by the repository and written to the outbox in the
   * same transaction as the user (user.registered -> the welcome email).
   */
  saveUser(user: User): Promise<void>;
  listUsers(query: UserListQuery): Promise<UserListPage>;
  /** The users of `ids` that exist, in no particular order (who placed the orders an admin lists). */
  findSummaries(ids: readonly string[]): Promise<UserSummary[]>;
  countAdmins(): Promise<number>;
}
