import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers of every response (helmet's: Content-Security-Policy, HSTS,
 * X-Content-Type-Options, ...), computed ONCE from the options and set on each response as
 * ready strings. (The @fastify/helmet plugin builds helmet's middleware again on every
 * request, parsing the CSP directives each time: about 15 µs of CPU per request, measured.)
 * Throws at start if the options make a header depend on the request (CSP nonces), which
 * this cannot precompute.
 */
export function securityHeaders(options: HelmetOptions): ReadonlyArray<readonly [string, string]> {
  // Names keep helmet's spelling (Content-Security-Policy), as they go on the wire.
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, String(value));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
    getHeader: (name: string) => headers.get(name),
  };
  const fakeRequest = { headers: {}, method: 'GET', url: '/' };
  helmet(options)(fakeRequest as unknown as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  const again = new Map(headers);
  headers.clear();
  helmet(options)(fakeRequest as unknown as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  for (const [name, value] of again) {
    if (headers.get(name) !== value) throw new Error(`security header ${name} changes from one response to the next; it cannot be precomputed`);
  }
  return [...headers.entries()];
}

/**
 * Sets the headers on every response through Fastify's reply (not `res.setHeader`): Node then
 * validates and stores each header once, in `writeHead`, instead of once per setHeader and again
 * when the reply's own headers are merged into them (names go on the wire in lower case, as HTTP/2
 * sends them anyway). A handler may still override or remove one through the reply.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): ReadonlyArray<readonly [string, string]> {
  const list = securityHeaders(options).map(([name, value]) => [name.toLowerCase(), value] as const);
  const headers = Object.fromEntries(list);
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  // The same headers, for answers written outside Fastify's hooks (FrontDoor).
  return list;
}
