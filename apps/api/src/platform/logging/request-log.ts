import type { FastifyInstance } from 'fastify';
import pino from 'pino';

/** Query values never written to logs (a password-reset link carries its token in the URL). */
const SECRET_QUERY = /([?&](?:token|access_token|refresh_token)=)[^&#]*/gi;
const MAYBE_SECRET = /token=/i;

export function loggableUrl(url: string): string {
  return !MAYBE_SECRET.test(url) ? url : url.replace(SECRET_QUERY, '$1[redacted]');
}

/**
 * One log line per request, written when the response is sent (Fastify's own request logging,
 * a line on arrival and one on completion, is turned off with `disableRequestLogging`).
 * The line is written by a child of the root logger without the redaction paths: its fields
 * are known (method, URL with tokens masked by loggableUrl, status, time) and carry no header
 * or body, and running the redactor's wildcard paths over them was a third of the logging's
 * CPU on the busiest routes. The request id is a field of the line, as in request.log's lines.
 */
export function registerRequestLog(fastify: FastifyInstance): AccessLog {
  const access = fastify.log.child({}, { redact: [] }) as pino.Logger;
  const line = accessLine(access);
  const write: AccessLog = (id, method, url, status, ms) => {
    if (line) line(id, method, loggableUrl(url), status, ms);
    else access.info({ request_id: id, req: { method, url: loggableUrl(url) }, res: { statusCode: status }, responseTime: ms }, 'request completed');
  };
  fastify.addHook('onResponse', (request, reply, done) => {
    write(request.id, request.method, request.url, reply.statusCode, Math.round(reply.elapsedTime * 10) / 10);
    done();
  });
  return write;
}

/** Writes one access line: request id, method, URL (secrets masked here), status, milliseconds. */
export type AccessLog = (id: string, method: string, url: string, status: number, ms: number) => void;

type AccessLine = (id: string, method: string, url: string, status: number, ms: number) => void;

/**
 * The access line written straight to the logger's destination: the same JSON, field for field,
 * that `access.info(...)` writes with this project's logger options (level label, ISO time, the
 * bindings, then the fields and `msg`), without pino's per-call serialisation, the costliest part
 * of a cached catalog answer. Null (pino writes it) when info is off or the logger is not one this
 * knows how to mirror.
 */
function accessLine(access: pino.Logger): AccessLine | null {
  const logger = access as unknown as Record<symbol, unknown>;
  const stream = logger[pino.symbols.streamSym] as { write(line: string): unknown } | undefined;
  const bindings = logger[pino.symbols.chindingsSym];
  if (!access.isLevelEnabled('info') || !stream || typeof bindings !== 'string' || logger[pino.symbols.messageKeySym] !== 'msg') return null;
  const head = '{"level":"info","time":"';
  const afterTime = `"${bindings},"request_id":`;
  const format = (id: string, method: string, url: string, status: number, ms: number) =>
    `${head}${new Date().toISOString()}${afterTime}${JSON.stringify(id)},"req":{"method":${JSON.stringify(method)},"url":${JSON.stringify(url)}},"res":{"statusCode":${status}},"responseTime":${ms},"msg":"request completed"}\n`;
  if (!isFileDestination(stream)) return (id, method, url, status, ms) => void stream.write(format(id, method, url, status, ms));
  // pino's own destination (a file descriptor: stdout in production) would write each line with a
  // system call of its own, a tenth of a cached catalog answer's CPU. The lines of the requests
  // answered in one turn of the event loop go out together, in one write at the end of that turn
  // (setImmediate), in order. The price: a crash (kill -9) in that turn loses the lines of the
  // answers it already sent, where a write per line lost at most the one being written.
  let pending = '';
  const flush = () => {
    const chunk = pending;
    pending = '';
    stream.write(chunk);
  };
  return (id, method, url, status, ms) => {
    if (pending === '') setImmediate(flush);
    pending += format(id, method, url, status, ms);
  };
}

/** pino's file-descriptor destination (sonic-boom), which takes any number of lines per write. */
function isFileDestination(stream: { write(line: string): unknown }): boolean {
  const boom = stream as { fd?: unknown; flushSync?: unknown };
  return typeof boom.fd === 'number' && typeof boom.flushSync === 'function';
}
