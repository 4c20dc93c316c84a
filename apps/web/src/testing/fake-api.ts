import { API_BASE_URL, apiClient, type Transport } from '@/lib/api-client';

/**
 * A tiny fake of the HTTP API at the fetch level: requests go through the real
 * client (tokens, silent refresh, query strings, JSON parsing, error normalisation) and only
 * the network is replaced. Every request is recorded for assertions.
 */

export interface RecordedRequest {
  method: string;
  /** The full path requested, e.g. "/api/v1/products". */
  fullPath: string;
  /** Path relative to the API base (/api/v1), e.g. "/products"; routes match on it. */
  path: string;
  /** Query string parameters as the server would see them. */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Fail as if the network were down. */
  networkError?: boolean;
}

export type FakeHandler = (req: RecordedRequest, pathParams: Record<string, string>) => FakeResponse | Promise<FakeResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: FakeHandler;
}

function compile(spec: string, handler: FakeHandler): Route {
  const [method, path] = spec.split(' ');
  const names: string[] = [];
  const source = path.replace(/:([a-zA-Z_]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, handler };
}

export interface FakeApi {
  requests: RecordedRequest[];
  /** Adds or replaces the handler of "GET /products/:slug"-style routes. */
  on: (spec: string, handler: FakeHandler | FakeResponse) => FakeApi;
  /** Requests to one path (optionally only those carrying some query values). */
  requestsTo: (path: string, query?: Record<string, string>) => RecordedRequest[];
  lastRequestTo: (path: string) => RecordedRequest | undefined;
}

export function installFakeApi(specs: Record<string, FakeHandler | FakeResponse> = {}): FakeApi {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const api: FakeApi = {
    requests,
    on(spec, handler) {
      const fn: FakeHandler = typeof handler === 'function' ? handler : () => handler;
      const route = compile(spec, fn);
      const existing = routes.findIndex((r) => r.method === route.method && r.pattern.source === route.pattern.source);
      if (existing >= 0) routes.splice(existing, 1);
      routes.unshift(route);
      return api;
    },
    requestsTo: (path, query = {}) =>
      requests.filter((r) => r.path === path && Object.entries(query).every(([k, v]) => r.query[k] === v)),
    lastRequestTo: (path) => [...requests].reverse().find((r) => r.path === path),
  };
  for (const [spec, handler] of Object.entries(specs)) api.on(spec, handler);

  const transport: Transport = async (href, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const url = new URL(href, 'http://shop.test');
    const path = url.pathname.startsWith(API_BASE_URL) ? url.pathname.slice(API_BASE_URL.length) || '/' : url.pathname;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const req: RecordedRequest = {
      method,
      fullPath: url.pathname,
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    requests.push(req);

    let result: FakeResponse = {
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: `No fake route for ${method} ${path}`, request_id: 'fake' } },
    };
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(path) : null;
      if (!match) continue;
      const pathParams = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
      result = await route.handler(req, pathParams);
      break;
    }

    if (init.signal?.aborted || result.networkError) throw new TypeError('Failed to fetch');
    const status = result.status ?? 200;
    // A JSON string, as on the wire: the client parses it like a real response.
    return new Response(result.body === undefined || status === 204 ? null : JSON.stringify(result.body), {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-test', ...result.headers },
    });
  };
  apiClient.transport = transport;
  return api;
}

/** The error envelope of CONTRACT.md. */
export function errorBody(code: string, message: string, details: Record<string, string[]> = {}) {
  return { error: { code, message, details, timestamp: '2025-01-01T00:00:00.000Z', request_id: 'req-123' } };
}
