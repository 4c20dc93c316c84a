import { DomainError, type UserRole } from '@devgear/domain';
import type { NewUser, UserRecord, UserRepository } from '../ports/user-repository.port';

export class InMemoryUserRepository implements UserRepository {
  readonly users: NewUser[] = [];

  constructor(users: NewUser[] = []) {
    this.users.push(...users.map((u) => ({ ...u })));
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const user = this.users.find((u) => u.email === email.trim().toLowerCase());
    return user ? { id: user.id, email: user.email, role: user.role } : null;
  }

  async create(user: NewUser): Promise<void> {
    if (this.users.some((u) => u.email === user.email)) {
      throw new DomainError('IDENTITY.EMAIL_TAKEN', `Email ${user.email} is already registered`, 'conflict', {
        email: ['is already registered'],
      });
    }
    this.users.push({ ...user });
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    const user = this.users.find((u) => u.id === id);
    if (!user) throw new DomainError('IDENTITY.USER_NOT_FOUND', `No user ${id}`, 'not_found');
    user.role = role;
  }
}
