import Fastify, { type FastifyInstance } from 'fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
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

  it("to pino's file destination: every request's line, in order, the lines of one turn of the event loop in one write", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'access-log-'));
    const file = path.join(dir, 'out.log');
    const destination = pino.destination({ dest: file, sync: true });
    const writes: string[] = [];
    const write = destination.write.bind(destination);
    destination.write = (chunk: string) => (writes.push(chunk), write(chunk));
    const app = Fastify({ loggerInstance: createLogger('info', destination), disableRequestLogging: true });
    const log = registerRequestLog(app as unknown as FastifyInstance);
    app.get('/products', async () => ({ ok: true }));
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      // A request through the route, then 40 answers finished in one turn of the event loop.
      expect((await fetch(`${base}/products?n=first`)).status).toBe(200);
      await new Promise((resolve) => setImmediate(resolve));
      const before = writes.length;
      for (let i = 0; i < 40; i += 1) log(`id-${i}`, 'GET', `/products?n=${i}&token=secret`, 200, 1.5);
      expect(writes.length).toBe(before); // not yet: at the end of the turn
      await new Promise((resolve) => setImmediate(resolve));
      expect(writes.length).toBe(before + 1);
      destination.flushSync();
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; request_id: string; req: { url: string } });
      const access = lines.filter((l) => l.msg === 'request completed');
      expect(access.map((l) => l.req.url)).toEqual(['/products?n=first', ...Array.from({ length: 40 }, (_, i) => `/products?n=${i}&token=[redacted]`)]);
      expect(access.slice(1).map((l) => l.request_id)).toEqual(Array.from({ length: 40 }, (_, i) => `id-${i}`));
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing when the level is above info', async () => {
    const lines: string[] = [];
    const { app, fetchText } = await appLoggingTo(lines, 'warn');
    await fetchText('/products');
    await app.close();
    expect(lines.filter((l) => l.includes('request completed'))).toEqual([]);
  });
});
