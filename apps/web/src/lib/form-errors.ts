import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { normaliseError, type ApiError } from './api-client';

/**
 * A field problem as a sentence. The contracts' and the API's problems are fragments that
 * follow the field's name ("is required", "must be an email address"): "Email is required".
 */
export function fieldMessage(label: string | undefined, problem: string | undefined): string | undefined {
  if (!problem) return problem;
  if (label && /^[a-z]/.test(problem)) return `${label} ${problem}`;
  return problem;
}

/** Anything a mutation's unwrap() or a request rejects with, as an ApiError. */
export function toApiError(raw: unknown): ApiError {
  if (typeof raw === 'object' && raw !== null) {
    const e = raw as Partial<ApiError>;
    if (typeof e.status === 'number' && typeof e.code === 'string' && typeof e.message === 'string') {
      return { status: e.status, code: e.code, message: e.message, details: e.details ?? {}, requestId: e.requestId ?? null, ...(e.retryAfterSeconds !== undefined ? { retryAfterSeconds: e.retryAfterSeconds } : {}) };
    }
  }
  return normaliseError(raw);
}

/**
 * Puts the problems the API named (`details`) on the form's fields of the same name and
 * focuses the first. Returns true when every problem found its field, so nothing else needs
 * saying; false when the form should also show the error's message.
 */
export function placeFieldErrors<T extends FieldValues>(error: ApiError, fields: readonly string[], setError: UseFormSetError<T>): boolean {
  const entries = Object.entries(error.details);
  if (error.status === 0 || error.status >= 500 || error.status === 429) return false;
  let placed = 0;
  for (const [field, problems] of entries) {
    if (!fields.includes(field) || problems.length === 0) continue;
    setError(field as Path<T>, { type: 'server', message: problems.join('; ') }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return entries.length > 0 && placed === entries.length;
}

/** "45 seconds", "about 14 minutes", "about 2 hours". */
export function formatWait(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return 'a few minutes';
  if (seconds < 60) return seconds <= 1 ? '1 second' : `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'about an hour' : `about ${hours} hours`;
}
