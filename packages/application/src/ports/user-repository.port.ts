import type { UserRole } from '@devgear/domain';

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

/** Minimal for now: what ensuring the admin account needs. */
export interface UserRepository {
  /** By normalised email. */
  findByEmail(email: string): Promise<UserRecord | null>;
  /** A duplicate email (a concurrent insert) must surface as a DomainError of kind 'conflict'. */
  create(user: NewUser): Promise<void>;
  setRole(id: string, role: UserRole): Promise<void>;
}
