import { User, type UserRole } from '@devgear/domain';
import { SessionIssuer } from '../identity/session-issuer';
import { CollectingErrorReporter } from './collecting-error-reporter';
import { CollectingEventSink } from './collecting-event-sink';
import { DeterministicSecureRandom } from './deterministic-secure-random';
import { FakeMailer } from './fake-mailer';
import { FakePasswordHasher } from './fake-password-hasher';
import { FakeTokenHasher } from './fake-token-hasher';
import { FakeTokenIssuer } from './fake-token-issuer';
import { FixedClock } from './fixed-clock';
import { InMemoryPasswordResetStore } from './in-memory-password-reset.store';
import { InMemoryProcessedEventStore } from './in-memory-processed-event.store';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { InMemoryRefreshTokenStore } from './in-memory-refresh-token.store';
import { InMemoryUserRepository } from './in-memory-user.repository';
import { SequentialIdGenerator } from './sequential-id-generator';

/** Every port the identity use cases need, as in-memory doubles sharing one clock. */
export interface IdentityTestKit {
  users: InMemoryUserRepository;
  hasher: FakePasswordHasher;
  tokens: FakeTokenIssuer;
  refreshTokens: InMemoryRefreshTokenStore;
  resets: InMemoryPasswordResetStore;
  random: DeterministicSecureRandom;
  tokenHasher: FakeTokenHasher;
  mailer: FakeMailer;
  events: CollectingEventSink;
  errors: CollectingErrorReporter;
  ids: SequentialIdGenerator;
  clock: FixedClock;
  sessions: SessionIssuer;
  /** Emails already sent (claims by the outbox handlers). */
  sent: InMemoryProcessedEventStore;
  /** One transaction over the reset tokens and the claims. */
  uow: InMemoryUnitOfWork;
}

export function identityTestKit(start: Date | string = '2025-03-01T09:00:00.000Z'): IdentityTestKit {
  const resets = new InMemoryPasswordResetStore();
  const sent = new InMemoryProcessedEventStore();
  const kit = {
    users: new InMemoryUserRepository(),
    hasher: new FakePasswordHasher(),
    tokens: new FakeTokenIssuer(),
    refreshTokens: new InMemoryRefreshTokenStore(),
    resets,
    sent,
    uow: new InMemoryUnitOfWork([resets, sent]),
    random: new DeterministicSecureRandom(),
    tokenHasher: new FakeTokenHasher(),
    mailer: new FakeMailer(),
    events: new CollectingEventSink(),
    errors: new CollectingErrorReporter(),
    ids: new SequentialIdGenerator(),
    clock: new FixedClock(start),
  };
  return { ...kit, sessions: new SessionIssuer(kit) };
}

export interface SeedUserOptions {
  email: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  role?: UserRole;
}

/** Stores a user whose password is `password` (default 'correct horse battery') and returns it. */
export async function seedUser(kit: IdentityTestKit, options: SeedUserOptions): Promise<User> {
  const user = User.register(
    {
      id: kit.ids.next(),
      email: options.email,
      firstName: options.firstName ?? 'Ada',
      lastName: options.lastName ?? 'Lovelace',
      role: options.role ?? 'customer',
      passwordHash: await kit.hasher.hash(options.password ?? 'correct horse battery'),
    },
    kit.clock.now(),
  );
  user.pullEvents();
  await kit.users.saveUser(user);
  return user;
}
