import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AccessLog } from '../logging/request-log';
import { requestIdFor } from './request-id';

/**
 * A lane answers a request at the front door, before Fastify builds its request and reply objects
 * and runs its routing and hooks, or declines (returns false) and Fastify serves it as usual. A lane
 * answers only what it can answer exactly as the Fastify route would (the same status, body and
 * headers): the catalog's cached pages (CatalogFastPath.frontDoorLane).
 */
export type FrontDoorLane = (request: IncomingMessage, response: ServerResponse, door: FrontDoor) => boolean;

/** What every answer at the front door carries, as Fastify's hooks add it to every other answer. */
export interface FrontDoorServices {
  /** Helmet's headers, lower-case names, as registerSecurityHeaders sets them. */
  securityHeaders: ReadonlyArray<readonly [string, string]>;
  /** The access line (registerRequestLog's writer). */
  log: AccessLog;
  /** The request-duration histogram (registerMetrics' observation). */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** TRUST_PROXY: the client is the first X-Forwarded-For address, as Fastify's request.ip says. */
  trustProxy: boolean;
}

/**
 * Fastify's `serverFactory`: the HTTP server whose requests go through the lanes first. While the
 * instance drains (`closing`), every request goes to Fastify, which answers with `Connection: close`.
 */
/** Set on a request a lane counted against the rate limit and then passed to Fastify: its X-RateLimit-* headers. */
const COUNTED = Symbol('counted at the front door');

/**
 * For a Fastify route that counts requests itself: whether the front door already counted this one
 * (it then passed it on, e.g. to answer an error); if so its rate-limit headers are set on the reply.
 */
export function countedAtFrontDoor(request: IncomingMessage, reply: { header(name: string, value: string): unknown }): boolean {
  const limits = (request as IncomingMessage & { [COUNTED]?: string[] })[COUNTED];
  if (!limits) return false;
  for (let i = 0; i < limits.length; i += 2) reply.header(limits[i], limits[i + 1]);
  return true;
}

export class FrontDoor {
  private readonly lanes: FrontDoorLane[] = [];
  private handler: ((request: IncomingMessage, response: ServerResponse) => void) | null = null;
  private services: FrontDoorServices | null = null;
  closing = false;
  /** Answers written here so far (the rest went to Fastify). */
  answered = 0;
  /** When the request being tried came in (read by a lane before it awaits anything). */
  started = 0;

  /** Lanes are added once the app is built (they need its services); until then Fastify serves all. */
  open(services: FrontDoorServices, ...lanes: FrontDoorLane[]): void {
    this.services = services;
    this.lanes.push(...lanes);
  }

  readonly serverFactory = (
    handler: (request: IncomingMessage, response: ServerResponse) => void,
    options: { http?: http.ServerOptions; keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number },
  ): http.Server => {
    this.handler = handler;
    const server = http.createServer(options.http ?? {}, (request, response) => {
      if (this.closing || this.lanes.length === 0 || !this.tryLanes(request, response)) handler(request, response);
    });
    // As Fastify sets up a server it creates itself.
    if (options.keepAliveTimeout) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    server.setTimeout(options.connectionTimeout ?? 0);
    if (options.maxRequestsPerSocket && options.maxRequestsPerSocket > 0) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };

  private tryLanes(request: IncomingMessage, response: ServerResponse): boolean {
    this.started = performance.now();
    for (const lane of this.lanes) if (lane(request, response, this)) return true;
    return false;
  }

  /**
   * The request's id (its valid X-Request-Id, else a new one), the same in the answer, the access
   * line and, when passed on to Fastify, Fastify's request.id.
   */
  requestId(request: IncomingMessage): string {
    const id = requestIdFor(request);
    request.headers['x-request-id'] = id;
    return id;
  }

  /**
   * Hands a request a lane took (and counted: `rateLimitHeaders`) to Fastify after all, e.g. a
   * render that failed: the route answers it (with the error envelope) without counting it again.
   */
  pass(request: IncomingMessage, response: ServerResponse, rateLimitHeaders: string[]): void {
    (request as IncomingMessage & { [COUNTED]?: string[] })[COUNTED] = rateLimitHeaders;
    this.handler?.(request, response);
  }

  /** The client address the rate limits count by (Fastify's request.ip for this TRUST_PROXY). */
  clientIp(request: IncomingMessage): string {
    if (this.services?.trustProxy) {
      const forwarded = request.headers['x-forwarded-for'];
      const first = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : '';
      if (first) return first;
    }
    return request.socket.remoteAddress ?? '';
  }

  /**
   * Writes the answer with the headers every answer carries (request id, security headers) before
   * the lane's own, then the access line and the duration metric under `route` (the route template).
   */
  send(request: IncomingMessage, response: ServerResponse, answer: { status: number; route: string; headers: Array<string>; body?: Buffer }, started = this.started): void {
    const services = this.services;
    if (!services) throw new Error('FrontDoor.send before open()');
    const id = this.requestId(request);
    const headers: string[] = ['x-request-id', id];
    for (const [name, value] of services.securityHeaders) headers.push(name, value);
    for (const h of answer.headers) headers.push(h);
    response.writeHead(answer.status, headers);
    response.end(answer.body);
    this.answered += 1;
    const ms = performance.now() - started;
    services.log(id, request.method ?? 'GET', request.url ?? '/', answer.status, Math.round(ms * 10) / 10);
    services.observe(request.method ?? 'GET', answer.route, answer.status, ms / 1000);
  }
}
