/**
 * Yields to every other pending task before continuing, like a round trip to a database does.
 * In-memory adapters call it before their (synchronous, hence atomic) critical sections, so
 * concurrent use cases really interleave in specs instead of running one after the other.
 */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
