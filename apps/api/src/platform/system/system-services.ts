import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '@devgear/application';

/**
 * The process's clock and id generator, one instance each for every module (use cases take
 * them as ports; tests pass FixedClock and SequentialIdGenerator from the application's testing entry).
 */
export const systemClock: Clock = { now: () => new Date() };
export const uuidIds: IdGenerator = { next: () => randomUUID() };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that cannot be uuids name nothing (and must not reach a uuid column: PostgreSQL would reject them). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
