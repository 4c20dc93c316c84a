import type { User } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { requireUser } from '../identity.failures';

export interface UpdateProfileInput {
  userId: string;
  /** Each name present replaces the current one (trimmed, 1..100 characters). */
  firstName?: string;
  lastName?: string;
}

export interface UpdateProfileDeps {
  users: UserRepository;
  clock: Clock;
}

/** PATCH /me: changes the signed-in user's names. Saves only when something changed. */
export class UpdateProfileUseCase {
  constructor(private readonly deps: UpdateProfileDeps) {}

  async execute(input: UpdateProfileInput): Promise<User> {
    const user = await requireUser(this.deps.users, input.userId);
    const changed = user.updateProfile({ firstName: input.firstName, lastName: input.lastName }, this.deps.clock.now());
    if (changed) await this.deps.users.saveUser(user);
    return user;
  }
}
