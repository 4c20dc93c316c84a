import { DomainError } from '@devgear/domain';

/** How often a use case reloads and tries again after losing an optimistic race. */
export const OPTIMISTIC_RETRY_ATTEMPTS = 5;

/**
 * Runs `attempt` (load, decide, save) again when it fails with a DomainError of one of `codes`
 * (a concurrent update), up to OPTIMISTIC_RETRY_ATTEMPTS times; the last failure escapes.
 * Each attempt must load afresh, so its decision is made on the state that won the race.
 */
export async function retryOnConflict<T>(codes: readonly string[], attempt: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      const lostRace = error instanceof DomainError && error.kind === 'conflict' && codes.includes(error.code);
      if (!lostRace || round >= OPTIMISTIC_RETRY_ATTEMPTS) throw error;
    }
  }
}
