import { z } from 'zod';
import { MAX_PER_PAGE } from './constants';

/** Stable error codes of CONTRACT.md, one per HTTP status family. */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'UNAUTHENTICATED',
  'PAYMENT_DECLINED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'OUT_OF_STOCK',
  'INVALID_STATE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_DISCOUNT',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: Record<string, string[]>;
    timestamp: string;
    request_id: string;
  };
}

/** Money on the wire: integer minor units plus ISO-4217 currency. */
export const moneySchema = z.object({
  amount: z.number().int('must be an integer number of minor units'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO currency code'),
});
export type MoneyDto = z.infer<typeof moneySchema>;

/** Query-string integer: digits only (no "1e3", "0x10", " 5", "1.5"). */
export const queryInt = (field: { min?: number; max?: number } = {}) =>
  z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform((s) => Number(s))
    .pipe(
      z
        .number()
        .int()
        .safe('is too large')
        .min(field.min ?? Number.MIN_SAFE_INTEGER, `must be at least ${field.min}`)
        .max(field.max ?? Number.MAX_SAFE_INTEGER, `must be at most ${field.max}`),
    );


export const paginationQuerySchema = z.object({
  page: queryInt({ min: 1, max: 100000 }).optional(),
  per_page: queryInt({ min: 1, max: MAX_PER_PAGE }).optional(),
});

export interface ListMeta {
  page: number;
  per_page: number;
  total: number;
  has_next: boolean;
}

export interface ListLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

export interface ListEnvelope<T, M extends ListMeta = ListMeta> {
  data: T[];
  meta: M;
  links: ListLinks;
}

export interface ItemEnvelope<T> {
  data: T;
}

/**
 * Flattens zod issues into `{ field: [problem, ...] }` — the `details` of a
 * VALIDATION_ERROR. Nested paths are joined with dots (`variants.0.price`).
 */
export function issuesToDetails(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string; keys?: ReadonlyArray<string> }>): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const issue of issues) {
    // An unknown field is reported under its own name, so a client sees which one to drop.
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      for (const k of issue.keys) (details[[...issue.path.map(String), k].join('.')] ??= []).push('is not a known field');
      continue;
    }
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    (details[key] ??= []).push(issue.message);
  }
  return details;
}

/** U+0000, or a UTF-16 surrogate without its pair: no text a client means to send, and PostgreSQL cannot store it. */
const MALFORMED_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const MALFORMED_TEXT_MESSAGE = 'must not contain a NUL character (U+0000) or an unpaired surrogate';

export function isMalformedText(text: string): boolean {
  return MALFORMED_TEXT.test(text);
}

/**
 * Every string of a wire value (JSON body, query string, form fields) — object keys included —
 * that is malformed text, as issues naming the field (`shipping_address.name`). Checked once,
 * before a schema parses the value, so no route needs its own rule; iterative, so a deeply
 * nested body cannot exhaust the stack.
 */
export function malformedTextIssues(value: unknown): { path: (string | number)[]; message: string }[] {
  type Node = { value: unknown; key: string | number | null; parent: Node | null };
  const pathOf = (node: Node) => {
    const path: (string | number)[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const issues: { path: (string | number)[]; message: string }[] = [];
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === 'string') {
      if (isMalformedText(v)) issues.push({ path: pathOf(node), message: MALFORMED_TEXT_MESSAGE });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i];
        if (isMalformedText(k)) issues.push({ path: pathOf(node), message: `has a field name that ${MALFORMED_TEXT_MESSAGE}` });
        else stack.push({ value: child, key: k, parent: node });
      }
    }
  }
  return issues;
}
