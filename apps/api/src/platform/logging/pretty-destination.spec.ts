import { formatEntry, prettyDestination } from './pretty-destination';

describe('readable log lines for a terminal', () => {
  it('prints a request as one line: method, URL, status, time', () => {
    const line = formatEntry({ level: 'info', time: '2026-11-28T09:01:02.345Z', msg: 'request completed', request_id: 'r1', req: { method: 'GET', url: '/api/v1/products' }, res: { statusCode: 200 }, responseTime: 4.2 });
    expect(line).toBe('09:01:02 INFO  GET /api/v1/products 200 4 ms');
  });

  it('prints an info entry as its message alone; a warning keeps its fields, an error its stack', () => {
    expect(formatEntry({ level: 'info', time: '2026-11-28T09:01:02.345Z', msg: 'migrations: applied 4', migrations: ['a', 'b'] })).toBe('09:01:02 INFO  migrations: applied 4');
    expect(formatEntry({ level: 'warn', time: '2026-11-28T09:01:02.345Z', msg: 'slow', phase: 'database', port: 5432 })).toBe('09:01:02 WARN  slow  port=5432');
    const err = formatEntry({ level: 'error', time: '2026-11-28T09:01:02.345Z', msg: 'unhandled error', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(err.split('\n')).toEqual(['09:01:02 ERROR unhandled error', 'Error: boom', '    at x']);
  });

  it('passes anything that is not JSON through untouched', () => {
    const out: string[] = [];
    const dest = prettyDestination({ write: (s: string) => out.push(s) as unknown as boolean });
    dest.write('plain text\n');
    dest.write(`${JSON.stringify({ level: 'info', time: '2026-11-28T09:01:02.345Z', msg: 'DevGear is ready' })}\n`);
    expect(out).toEqual(['plain text\n', '09:01:02 INFO  DevGear is ready\n']);
  });
});
