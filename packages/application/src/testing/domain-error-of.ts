import { DomainError } from '@devgear/domain';

/** The DomainError a promise rejects with; throws when it resolves or fails with anything else. */
export async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  let outcome: { settled: 'resolved'; value: unknown } | { settled: 'rejected'; error: unknown };
  try {
    outcome = { settled: 'resolved', value: await promise };
  } catch (error) {
    outcome = { settled: 'rejected', error };
  }
  if (outcome.settled === 'resolved') throw new Error(`expected a DomainError, but it resolved with ${JSON.stringify(outcome.value)?.slice(0, 200)}`);
  if (!(outcome.error instanceof DomainError)) throw outcome.error;
  return outcome.error;
}
