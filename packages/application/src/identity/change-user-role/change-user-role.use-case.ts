import { DomainError, IdentityErrorCodes, USER_ROLES, isUserRole, type User, type UserRole } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { requireUser } from '../identity.failures';

export interface ChangeUserRoleInput {
  /** The signed-in admin doing it. */
  actorId: string;
  userId: string;
  role: UserRole;
}

export interface ChangeUserRoleDeps {
  users: UserRepository;
  clock: Clock;
}

/**
 * PATCH /admin/users/{id} { role }: an admin makes a user an admin or a customer. The store always
 * keeps at least one admin: the last one cannot be demoted (not even by themself). The repository
 * enforces the same rule on save, so two admins demoting each other at once cannot both win.
 * The new role reaches the user's access token at its next refresh (within 15 minutes).
 */
export class ChangeUserRoleUseCase {
  constructor(private readonly deps: ChangeUserRoleDeps) {}

  async execute(input: ChangeUserRoleInput): Promise<User> {
    const { users, clock } = this.deps;
    if (!isUserRole(input.role)) {
      throw new DomainError(IdentityErrorCodes.INVALID_ROLE, `Unknown role "${String(input.role)}"`, 'validation', {
        role: [`must be one of ${USER_ROLES.join(', ')}`],
      });
    }
    const actor = typeof input.actorId === 'string' && input.actorId !== '' ? await users.findById(input.actorId) : null;
    if (!actor || actor.role !== 'admin') {
      throw new DomainError(IdentityErrorCodes.FORBIDDEN, 'Only admins can change user roles', 'forbidden');
    }

    const user = await requireUser(users, input.userId);
    if (user.role === input.role) return user;
    if (user.isAdmin && (await users.countAdmins()) <= 1) throw lastAdmin();

    user.changeRole(input.role, clock.now());
    await users.saveUser(user);
    return user;
  }
}

export function lastAdmin(): DomainError {
  return new DomainError(
    IdentityErrorCodes.LAST_ADMIN,
    'The store must keep at least one admin: make another user an admin before removing this role',
    'invalid_state',
  );
}
