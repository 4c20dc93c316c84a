import type { Writable } from 'node:stream';

const LEVELS: Record<string, string> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO ', warn: 'WARN ', error: 'ERROR', fatal: 'FATAL' };
const COLORS: Record<string, string> = { warn: '\x1b[33m', error: '\x1b[31m', fatal: '\x1b[31m', debug: '\x1b[90m', trace: '\x1b[90m' };
const HIDDEN = new Set(['level', 'time', 'service', 'msg', 'context', 'phase', 'req', 'res', 'responseTime', 'request_id', 'err', 'pid', 'hostname']);

/**
 * A pino destination that prints each JSON entry as one readable line (for `pnpm start` in a
 * terminal): `12:00:01 INFO  GET /api/v1/products 200 4 ms`. Beyond info, the entry's other
 * fields follow as key=value; an error's stack is printed under its line.
 */
export function prettyDestination(out: Pick<Writable, 'write'> & { isTTY?: boolean }): { write(line: string): void } {
  const color = Boolean(out.isTTY) && !process.env.NO_COLOR;
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      out.write(`${formatEntry(entry, color)}\n`);
    },
  };
}

export function formatEntry(entry: Record<string, unknown>, color = false): string {
  const level = String(entry.level ?? 'info');
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  let text = String(entry.msg ?? '');
  if (req?.method && res?.statusCode !== undefined) {
    const ms = typeof entry.responseTime === 'number' ? ` ${entry.responseTime.toFixed(0)} ms` : '';
    text = `${req.method} ${req.url} ${res.statusCode}${ms}`;
  }
  // An info line says it all in its message; warnings and errors keep their context fields.
  const extras = Object.entries(entry)
    .filter(([k, v]) => level !== 'info' && !HIDDEN.has(k) && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const tag = LEVELS[level] ?? level.toUpperCase();
  const paint = (s: string) => (color && COLORS[level] ? `${COLORS[level]}${s}\x1b[0m` : s);
  let out = `${time} ${paint(tag)} ${text}${extras.length ? `  ${extras.join(' ')}` : ''}`;
  if (err?.stack) out += `\n${err.stack}`;
  else if (err?.message) out += `  error=${err.message}`;
  return out;
}
