import { DomainError, DomainErrorKind } from '@devgear/domain';
import { PaymentProviderError } from '@devgear/application';
import { ErrorCode, issuesToDetails, malformedTextIssues } from '@devgear/contracts';
import { z } from 'zod';

const KIND_TO_HTTP: Record<DomainErrorKind, { status: number; code: ErrorCode }> = {
  validation: { status: 400, code: 'VALIDATION_ERROR' },
  unauthenticated: { status: 401, code: 'UNAUTHENTICATED' },
  payment_declined: { status: 402, code: 'PAYMENT_DECLINED' },
  forbidden: { status: 403, code: 'FORBIDDEN' },
  not_found: { status: 404, code: 'NOT_FOUND' },
  conflict: { status: 409, code: 'CONFLICT' },
  out_of_stock: { status: 409, code: 'OUT_OF_STOCK' },
  invalid_state: { status: 409, code: 'INVALID_STATE' },
  invalid_discount: { status: 422, code: 'INVALID_DISCOUNT' },
};

const STATUS_TO_CODE: Record<number, ErrorCode> = {
  400: 'VALIDATION_ERROR',
  401: 'UNAUTHENTICATED',
  402: 'PAYMENT_DECLINED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'INVALID_DISCOUNT',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** An error already shaped for the wire: status, stable code, safe message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static validation(details: Record<string, string[]>, message = 'The request is invalid'): ApiError {
    return new ApiError(400, 'VALIDATION_ERROR', message, details);
  }

  static notFound(message = 'Not found'): ApiError {
    return new ApiError(404, 'NOT_FOUND', message);
  }
}

/**
 * Parses wire input (a body, a query string, form fields) with a contracts schema; failures
 * become a 400 naming each field. Every route reads its input through here, so this is also
 * where text no field may hold (NUL, unpaired surrogates: see the contracts) is refused, for
 * every string at once.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message?: string): z.output<S> {
  const malformed = malformedTextIssues(input);
  if (malformed.length > 0) throw ApiError.validation(issuesToDetails(malformed), message);
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw ApiError.validation(issuesToDetails(result.error.issues), message);
  return result.data;
}

/**
 * A domain field path ('shippingAddress.postalCode', 'variants.1.sku') as the wire names it
 * ('shipping_address.postal_code'): each camelCase segment in snake_case. Segments that are not
 * identifiers (OUT_OF_STOCK keys its details by variant id) stay as they are.
 */
export function wireField(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^[a-z][A-Za-z0-9]*$/.test(segment) ? segment.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : segment))
    .join('.');
}

/** A DomainError's details keyed by wire field names, and which keys were renamed (domain -> wire). */
function wireDetails(details: Record<string, string[]>): { details: Record<string, string[]>; renamed: Map<string, string> } {
  const wire: Record<string, string[]> = {};
  const renamed = new Map<string, string>();
  for (const [field, problems] of Object.entries(details)) {
    const name = wireField(field);
    if (name !== field) renamed.set(field, name);
    const list = (wire[name] ??= []);
    for (const problem of problems) if (!list.includes(problem)) list.push(problem);
  }
  return { details: wire, renamed };
}

/**
 * The domain's message names the fields of its details ('Invalid order: shippingAddress.city must
 * not be blank'): those names, and only those, are written as the wire names them too.
 */
function wireMessage(message: string, renamed: Map<string, string>): string {
  const longestFirst = [...renamed.keys()].sort((a, b) => b.length - a.length);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return longestFirst.reduce((text, field) => text.replace(new RegExp(`(?<![\\w.])${literal(field)}(?!\\w)`, 'g'), renamed.get(field)!), message);
}

interface FrameworkError {
  statusCode?: number;
  status?: number;
  code?: string;
  message?: string;
  getStatus?: () => number;
  getResponse?: () => unknown;
}

/** Maps anything thrown to a wire error. Unknown errors are 500 with a generic message. */
export function toApiError(err: unknown): { error: ApiError; unexpected: boolean } {
  if (err instanceof ApiError) return { error: err, unexpected: false };
  if (err instanceof DomainError) {
    const { status, code } = KIND_TO_HTTP[err.kind] ?? KIND_TO_HTTP.validation;
    if (!err.details) return { error: new ApiError(status, code, err.message), unexpected: false };
    const wire = wireDetails(err.details);
    return { error: new ApiError(status, code, wireMessage(err.message, wire.renamed), wire.details), unexpected: false };
  }
  if (err instanceof PaymentProviderError) {
    // The provider failed or did not answer in time. Retrying with the same Idempotency-Key is safe
    // (it never charges twice); the provider's own error stays in `cause`, for the logs only.
    return {
      error: new ApiError(503, 'SERVICE_UNAVAILABLE', 'The payment provider is not answering right now. Please try again in a moment; retrying with the same Idempotency-Key never charges twice.'),
      unexpected: false,
    };
  }
  const e = (err ?? {}) as FrameworkError;
  const status = typeof e.getStatus === 'function' ? e.getStatus() : (e.statusCode ?? e.status);
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { error: new ApiError(status, STATUS_TO_CODE[status] ?? 'VALIDATION_ERROR', frameworkMessage(status, e)), unexpected: false };
  }
  if (status === 503) {
    return { error: new ApiError(503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable'), unexpected: false };
  }
  return { error: new ApiError(500, 'INTERNAL', 'Something went wrong on our side. Please try again.'), unexpected: true };
}

function frameworkMessage(status: number, e: FrameworkError): string {
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than the 1 MiB limit';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported Content-Type; send application/json';
    default:
      break;
  }
  if (e instanceof SyntaxError) return 'The request body is not valid JSON';
  if (status === 404) return 'Not found';
  if (status === 413) return 'The request body is too large';
  if (status === 415) return 'Unsupported Content-Type; send application/json';
  // Nest HttpExceptions carry safe, intentional messages; anything else stays generic.
  return typeof e.message === 'string' && e.message.length < 300 ? e.message : 'The request could not be processed';
}

export function errorBody(error: ApiError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      timestamp: new Date().toISOString(),
      request_id: requestId,
    },
  };
}
