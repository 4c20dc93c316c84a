import type { ErrorReporter } from '../ports/error-reporter.port';

export interface ReportedError {
  error: unknown;
  context: Record<string, unknown>;
}

/** Keeps the reported errors for assertions. */
export class CollectingErrorReporter implements ErrorReporter {
  readonly reports: ReportedError[] = [];

  report(error: unknown, context: Record<string, unknown>): void {
    this.reports.push({ error, context: { ...context } });
  }
}
