import Fastify, { type FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { registerRequestLog } from './request-log';

/** A Fastify app on the project's logger writing into `lines`. */
async function appLoggingTo(lines: string[], level = 'info') {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = Fastify({ loggerInstance: createLogger(level, destination), disableRequestLogging: true, genReqId: () => 'req-1' });
  registerRequestLog(app as unknown as FastifyInstance);
  app.get('/products', async () => ({ ok: true }));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, fetchText: (path: string) => fetch(base + path).then((r) => r.text()) };
}

describe('access log', () => {
  it("writes one line per request exactly as pino's own access.info(...) would, tokens in the URL masked", async () => {
    const lines: string[] = [];
    const { app, fetchText } = await appLoggingTo(lines);
    await fetchText('/products?q=keyboard&token=secret-value');
    await app.close();
    const written = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request completed');
    expect(written).toHaveLength(1);
    const [line] = written;

    // What pino writes for the same call with the same logger options, field for field and in order.
    const expected: string[] = [];
    const { app: reference } = await appLoggingTo(expected);
    (reference.log.child({}, { redact: [] }) as unknown as { info(o: object, m: string): void }).info(
      { request_id: 'req-1', req: { method: 'GET', url: '/products?q=keyboard&token=[redacted]' }, res: { statusCode: 200 }, responseTime: line.responseTime },
      'request completed',
    );
    await reference.close();
    const pinoLine = JSON.parse(expected.find((l) => l.includes('request completed'))!);
    expect(Object.keys(line)).toEqual(Object.keys(pinoLine));
    expect({ ...line, time: 'T' }).toEqual({ ...pinoLine, time: 'T' });
    expect(Number.isNaN(Date.parse(line.time))).toBe(false);
    expect(line.req.url).not.toContain('secret-value');
  });

  it('writes nothing when the level is above info', async () => {
    const lines: string[] = [];
    const { app, fetchText } = await appLoggingTo(lines, 'warn');
    await fetchText('/products');
    await app.close();
    expect(lines.filter((l) => l.includes('request completed'))).toEqual([]);
  });
});
