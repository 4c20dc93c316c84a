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

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The error of a response that arrived with a non-2xx status (its body already parsed). */
export function errorFromResponse(status: number, body: unknown, headers: Headers, sentRequestId: string | null): ApiError {
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : null;
  const requestId =
    (envelope && typeof envelope.request_id === 'string' ? envelope.request_id : null) ?? headers.get('x-request-id') ?? sentRequestId;
  const error: ApiError = {
    status,
    code: envelope && typeof envelope.code === 'string' ? envelope.code : codeForStatus(status),
    message:
      envelope && typeof envelope.message === 'string' && envelope.message
        ? envelope.message
        : (FALLBACK_MESSAGES[status] ?? 'Something went wrong on our side. Please try again.'),
    details: readDetails(envelope?.details),
    requestId,
  };
  const wait = status === 429 || status === 503 ? retryAfter(headers) : undefined;
  if (wait !== undefined) error.retryAfterSeconds = wait;
  return error;
}

/** The error of a request that got no answer: offline, timed out, or cancelled by the page. */
export function errorWithoutResponse(reason: 'network' | 'timeout' | 'aborted', requestId: string | null): ApiError {
  const messages = {
    network: ['NETWORK_ERROR', 'We could not reach the store. Check your connection and try again.'],
    timeout: ['TIMEOUT', 'The store took too long to answer. Please try again.'],
    aborted: ['ABORTED', 'The request was cancelled.'],
  } as const;
  const [code, message] = messages[reason];
  return { status: 0, code, message, details: {}, requestId };
}

/** Turns anything a request can fail with into an ApiError. */
export function normaliseError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) return error.toJSON();
  return {
    status: 0,
    code: 'CLIENT_ERROR',
    message: error instanceof Error && error.message ? error.message : 'Something went wrong.',
    details: {},
    requestId: null,
  };
}
