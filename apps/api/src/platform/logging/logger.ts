import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { prettyDestination } from './pretty-destination';

/** Paths never written to logs (credentials, tokens, secrets), wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.new_password',
  '*.password_hash',
  '*.passwordHash',
  '*.token',
  '*.access_token',
  '*.refresh_token',
];

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines (production, log shippers, tests); `pretty` is one readable line per entry for a terminal.
 * JSON goes to stdout with synchronous writes (pino's own default hands each write to libuv's thread
 * pool: two thread switches per write, which cost an uncached catalog answer more than the write
 * itself). A line is written when logged, so a crash loses none already logged, except the access
 * lines of the current turn of the event loop, which go out in one write at its end (request-log.ts).
 */
export function createLogger(level: string, destination?: pino.DestinationStream, format: LogFormat = 'json'): Logger {
  return pino(
    {
      level,
      base: { service: 'devgear-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? (format === 'pretty' ? prettyDestination(process.stdout) : pino.destination({ dest: 1, sync: true })),
  );
}

/** Nest's start-up chatter (modules initialised, every route mapped): debug, not info. */
const NEST_BOOTSTRAP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Routes Nest's own log lines (bootstrap, route mapping) into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    if (context && NEST_BOOTSTRAP_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    // A structured warning (LogErrorReporter): its fields go into the JSON line as they are.
    if (message && typeof message === 'object' && 'msg' in message) {
      const { msg, ...fields } = message as { msg: unknown };
      this.logger.warn({ context, ...fields }, String(msg));
    } else this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
