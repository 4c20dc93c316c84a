import { createAuthRefresher, isAuthCall, type AuthHandlers } from './auth-refresh';
import { ApiRequestError, errorFromResponse, errorWithoutResponse } from './api-errors';
import { guestCartToken, isCartCall } from './guest-cart-token';

export { ApiRequestError, normaliseError, type ApiError } from './api-errors';

/** Base path of the HTTP API; the web app is served from the same origin. */
export const API_BASE_URL = '/api/v1';

const TIMEOUT_MS = 20_000;

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestConfig {
  /** Relative to the API base, e.g. "/products". */
  url: string;
  method?: string;
  /** Query string; undefined / null / '' entries are left out. */
  params?: QueryParams;
  /** The body: a plain object or array is sent as JSON, FormData / Blob / string as they are. */
  data?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** The network: `fetch`'s own signature. Tests replace it (testing/fake-api.ts). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

type Shortcut = <T = unknown>(url: string, config?: Omit<RequestConfig, 'url' | 'method' | 'data'>) => Promise<ApiResponse<T>>;
type BodyShortcut = <T = unknown>(url: string, data?: unknown, config?: Omit<RequestConfig, 'url' | 'method' | 'data'>) => Promise<ApiResponse<T>>;

export interface ApiClient {
  request<T = unknown>(config: RequestConfig): Promise<ApiResponse<T>>;
  get: Shortcut;
  delete: Shortcut;
  post: BodyShortcut;
  put: BodyShortcut;
  patch: BodyShortcut;
  transport: Transport;
}

function buildUrl(baseURL: string, url: string, params: QueryParams | undefined): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${baseURL}${url}${qs ? (url.includes('?') ? '&' : '?') + qs : ''}`;
}

function isPlainBody(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  if (typeof FormData !== 'undefined' && data instanceof FormData) return false;
  if (typeof Blob !== 'undefined' && data instanceof Blob) return false;
  if (data instanceof URLSearchParams || data instanceof ArrayBuffer) return false;
  return true;
}

function encodeBody(data: unknown, headers: Headers): BodyInit | undefined {
  if (data === undefined) return undefined;
  if (isPlainBody(data)) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return JSON.stringify(data);
  }
  return data as BodyInit;
}

/** JSON when it parses (as the API answers), else the text (a proxy's HTML page), '' when empty. */
function parseBody(text: string): unknown {
  if (!text) return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function newRequestId(): string | null {
  const c = globalThis.crypto as Crypto | undefined;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : null;
}

const browserFetch: Transport = (url, init) => globalThis.fetch(url, init);

/**
 * The app's HTTP client, on `fetch` (axios weighed 14 KB gzipped on every page). With `auth`,
 * requests carry the signed-in user's access token and an expired one is renewed silently
 * (lib/auth-refresh.ts). Every failure rejects with an ApiRequestError.
 */
export function createApiClient(baseURL: string = API_BASE_URL, auth?: () => AuthHandlers | null): ApiClient {
  const refresher = createAuthRefresher();

  /** One round trip: the response, or an ApiRequestError. */
  async function send<T>(config: RequestConfig, headers: Headers): Promise<ApiResponse<T>> {
    const method = (config.method ?? 'GET').toUpperCase();
    const body = encodeBody(config.data, headers);
    const requestId = headers.get('X-Request-Id');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, TIMEOUT_MS);
    const abort = () => controller.abort();
    if (config.signal?.aborted) controller.abort();
    config.signal?.addEventListener('abort', abort);
    try {
      let response: Response;
      let text: string;
      try {
        response = await client.transport(buildUrl(baseURL, config.url, config.params), { method, headers, body, signal: controller.signal });
        text = await response.text();
      } catch {
        const reason = timedOut ? 'timeout' : config.signal?.aborted ? 'aborted' : 'network';
        throw new ApiRequestError(errorWithoutResponse(reason, requestId));
      }
      const data = parseBody(text);
      if (!response.ok) throw new ApiRequestError(errorFromResponse(response.status, data, response.headers, requestId));
      return { data: data as T, status: response.status, headers: response.headers };
    } finally {
      clearTimeout(timer);
      config.signal?.removeEventListener('abort', abort);
    }
  }

  async function request<T>(config: RequestConfig, retried = false): Promise<ApiResponse<T>> {
    const headers = new Headers(config.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (!headers.has('X-Request-Id')) {
      const id = newRequestId();
      if (id) headers.set('X-Request-Id', id);
    }
    const handlers = auth?.() ?? null;
    let sent: string | null = null;
    if (handlers && !isAuthCall(config.url)) {
      sent = await refresher.tokenToSend(handlers);
      if (sent) headers.set('Authorization', `Bearer ${sent}`);
      else headers.delete('Authorization');
    }
    const cartToken = guestCartToken.get();
    if (cartToken && isCartCall(config.url)) headers.set('X-Cart-Token', cartToken);
    const sentCartToken = headers.has('X-Cart-Token');
    try {
      const response = await send<T>(config, headers);
      // Sent with a signed-in user's token, the guest cart was merged into the account: the token is spent.
      if (sentCartToken && headers.has('Authorization')) guestCartToken.clear();
      return response;
    } catch (error) {
      const unauthorised = error instanceof ApiRequestError && error.status === 401;
      // A guest token the server no longer knows (expired, merged in another tab): start over.
      if (unauthorised && sentCartToken && !headers.has('Authorization')) guestCartToken.clear();
      if (!unauthorised || !handlers || isAuthCall(config.url) || retried) throw error;
      await refresher.renewAfter401(handlers, sent, error);
      // Either just renewed, or renewed by another request while this one was on its way.
      const id = headers.get('X-Request-Id');
      return request<T>({ ...config, headers: id ? { ...config.headers, 'X-Request-Id': id } : config.headers }, true);
    }
  }

  const client: ApiClient = {
    request: (config) => request(config),
    get: (url, config) => request({ ...config, url, method: 'GET' }),
    delete: (url, config) => request({ ...config, url, method: 'DELETE' }),
    post: (url, data, config) => request({ ...config, url, method: 'POST', data }),
    put: (url, data, config) => request({ ...config, url, method: 'PUT', data }),
    patch: (url, data, config) => request({ ...config, url, method: 'PATCH', data }),
    transport: browserFetch,
  };
  return client;
}

let appAuthHandlers: AuthHandlers | null = null;

/** Connects the app's client to the session (the store does it when it is created). */
export function setAuthHandlers(handlers: AuthHandlers | null): void {
  appAuthHandlers = handlers;
}

/** The app's one HTTP client. Tests swap its `transport` to fake the network. */
export const apiClient = createApiClient(API_BASE_URL, () => appAuthHandlers);
