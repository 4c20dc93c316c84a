import type { User } from '@devgear/domain';
import type { UserRepository } from '../../ports/user-repository.port';
import { requireUser } from '../identity.failures';

/** GET /me: the signed-in user's account, or not_found when it no longer exists. */
export class GetProfileUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: string): Promise<User> {
    return requireUser(this.users, userId);
  }
}
