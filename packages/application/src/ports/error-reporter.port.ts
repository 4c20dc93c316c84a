/**
 * Reports a failure that must not fail the request (a welcome email that could not be sent)
 * but must not go unnoticed either: logs with the request id, an error tracker, metrics.
 */
export interface ErrorReporter {
  report(error: unknown, context: Record<string, unknown>): void;
}
