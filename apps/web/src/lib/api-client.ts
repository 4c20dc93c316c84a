import { guestCartToken, isCartCall } from './guest-cart-token';
import axios, { AxiosError, type AxiosInstance } from 'axios';
import { installAuthInterceptors, type AuthHandlers } from './auth-interceptor';

/** Base path of the HTTP API; the web app is served from the same origin. */
export const API_BASE_URL = '/api/v1';

/**
 * Every failed request, whatever went wrong (an API error envelope, a proxy's HTML error
 * page, no network, a timeout), ends up as this one shape. It is a plain serialisable
 * object so it can live in the Redux store.
 */
export interface ApiError {
  /** HTTP status; 0 when no response arrived (offline, timeout, CORS). */
  status: number;
  /** The contract's error code (NOT_FOUND, VALIDATION_ERROR, ...) or NETWORK_ERROR / TIMEOUT. */
  code: string;
  /** A sentence a customer can read. */
  message: string;
  /** Field -> problems, as the API's VALIDATION_ERROR reports them. */
  details: Record<string, string[]>;
  /** The request id to quote to support, when known. */
  requestId: string | null;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  retryAfterSeconds?: number;
}

/** Thrown (rejected) by the client's requests; carries the normalised error. */
export class ApiRequestError extends Error implements ApiError {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, string[]>;
  readonly requestId: string | null;
  readonly retryAfterSeconds?: number;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.status = error.status;
    this.code = error.code;
    this.details = error.details;
    this.requestId = error.requestId;
    if (error.retryAfterSeconds !== undefined) this.retryAfterSeconds = error.retryAfterSeconds;
  }

  toJSON(): ApiError {
    const json: ApiError = { status: this.status, code: this.code, message: this.message, details: this.details, requestId: this.requestId };
    if (this.retryAfterSeconds !== undefined) json.retryAfterSeconds = this.retryAfterSeconds;
    return json;
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'Please sign in to continue.',
  403: 'You are not allowed to do that.',
  404: 'We could not find what you were looking for.',
  409: 'That conflicts with the current state. Please refresh and try again.',
  413: 'That is too large to upload.',
  429: 'Too many requests. Please wait a moment and try again.',
};

function codeForStatus(status: number): string {
  if (status === 400) return 'VALIDATION_ERROR';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL' : 'HTTP_ERROR';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDetails(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const details: Record<string, string[]> = {};
  for (const [field, problems] of Object.entries(value)) {
    if (Array.isArray(problems)) details[field] = problems.map(String);
    else if (typeof problems === 'string') details[field] = [problems];
  }
  return details;
}

function headerValue(headers: unknown, name: string): string | null {
  if (!headers) return null;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : (h[name] ?? h[name.toLowerCase()]);
  return typeof value === 'string' && value ? value : null;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
function retryAfter(headers: unknown): number | undefined {
  const value = headerValue(headers, 'retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Turns anything a request can fail with into an ApiError. */
export function normaliseError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) return error.toJSON();
  if (axios.isAxiosError(error)) {
    const axiosError = error as AxiosError<unknown>;
    const sentRequestId = headerValue(axiosError.config?.headers, 'X-Request-Id');
    const response = axiosError.response;
    if (!response) {
      const timedOut = axiosError.code === AxiosError.ECONNABORTED || axiosError.code === AxiosError.ETIMEDOUT;
      return {
        status: 0,
        code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
        message: timedOut
          ? 'The store took too long to answer. Please try again.'
          : 'We could not reach the store. Check your connection and try again.',
        details: {},
        requestId: sentRequestId,
      };
    }
    const body = response.data;
    const envelope = isRecord(body) && isRecord(body.error) ? body.error : null;
    const status = response.status;
    const requestId =
      (envelope && typeof envelope.request_id === 'string' ? envelope.request_id : null) ??
      headerValue(response.headers, 'x-request-id') ??
      sentRequestId;
    const normalised: ApiError = {
      status,
      code: envelope && typeof envelope.code === 'string' ? envelope.code : codeForStatus(status),
      message:
        envelope && typeof envelope.message === 'string' && envelope.message
          ? envelope.message
          : (FALLBACK_MESSAGES[status] ?? 'Something went wrong on our side. Please try again.'),
      details: readDetails(envelope?.details),
      requestId,
    };
    const wait = status === 429 || status === 503 ? retryAfter(response.headers) : undefined;
    if (wait !== undefined) normalised.retryAfterSeconds = wait;
    return normalised;
  }
  return {
    status: 0,
    code: 'CLIENT_ERROR',
    message: error instanceof Error && error.message ? error.message : 'Something went wrong.',
    details: {},
    requestId: null,
  };
}

function newRequestId(): string | null {
  const c = globalThis.crypto as Crypto | undefined;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : null;
}

/**
 * The app's HTTP client. With `auth`, requests carry the signed-in user's access token and
 * an expired one is renewed silently (see auth-interceptor.ts).
 */
export function createApiClient(baseURL: string = API_BASE_URL, auth?: () => AuthHandlers | null): AxiosInstance {
  const client = axios.create({
    baseURL,
    timeout: 20_000,
    headers: { Accept: 'application/json' },
  });
  client.interceptors.request.use((config) => {
    if (!config.headers.has('X-Request-Id')) {
      const id = newRequestId();
      if (id) config.headers.set('X-Request-Id', id);
    }
    const cartToken = guestCartToken.get();
    if (cartToken && isCartCall(config.url)) config.headers.set('X-Cart-Token', cartToken);
    return config;
  });
  // Before the normalising interceptor below: the refresh logic needs the raw axios error.
  if (auth) installAuthInterceptors(client, auth);
  client.interceptors.response.use(
    (response) => {
      // Sent with a signed-in user's token, the guest cart was merged into the account: the token is spent.
      const headers = response.config.headers;
      if (headers?.has?.('X-Cart-Token') && headers.has('Authorization')) guestCartToken.clear();
      return response;
    },
    (error: unknown) => {
      // A guest token the server no longer knows (expired, merged in another tab): start over.
      const e = error as { response?: { status?: number }; config?: { headers?: { has?: (n: string) => boolean } } };
      if (e.response?.status === 401 && e.config?.headers?.has?.('X-Cart-Token') && !e.config.headers.has('Authorization')) guestCartToken.clear();
      return Promise.reject(error);
    },
  );
  client.interceptors.response.use(
    (response) => response,
    (error: unknown) => Promise.reject(new ApiRequestError(normaliseError(error))),
  );
  return client;
}

let appAuthHandlers: AuthHandlers | null = null;

/** Connects the app's client to the session (the store does it when it is created). */
export function setAuthHandlers(handlers: AuthHandlers | null): void {
  appAuthHandlers = handlers;
}

/** The app's one HTTP client. Tests swap its adapter to fake the network. */
export const apiClient = createApiClient(API_BASE_URL, () => appAuthHandlers);
