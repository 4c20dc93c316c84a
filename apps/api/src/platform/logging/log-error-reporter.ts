import { Logger } from '@nestjs/common';
import type { ErrorReporter } from '@devgear/application';
import { currentRequestId } from './request-context';

/**
 * The one ErrorReporter: a failure that must not fail the request becomes a structured warning
 * in the JSON log, with the request id (when there is one) and the use case's context, so it can
 * be found next to the request's own log line.
 */
export class LogErrorReporter implements ErrorReporter {
  private readonly log: Logger;

  constructor(context: string) {
    this.log = new Logger(context);
  }

  report(error: unknown, context: Record<string, unknown>): void {
    const err = error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : { message: String(error) };
    this.log.warn({ msg: err.message, err, request_id: currentRequestId(), ...context });
  }
}
