import type { AnalyticsWindow } from '../api/admin-analytics-api';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The API's limit on a window (GET /admin/analytics refuses longer ones). */
export const MAX_WINDOW_DAYS = 366;
/** The dashboard's window when the URL names none: the last 30 days, today included. */
export const DEFAULT_WINDOW_DAYS = 30;

/** YYYY-MM-DD of an instant, in UTC: the API counts whole UTC days. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && isoDay(day) === value;
}

export function shiftDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS));
}

/** Days in a window, both ends included. */
export function windowDays({ from, to }: AnalyticsWindow): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS) + 1;
}

export function defaultWindow(now: Date = new Date(), days = DEFAULT_WINDOW_DAYS): AnalyticsWindow {
  const to = isoDay(now);
  return { from: shiftDays(to, -(days - 1)), to };
}

/**
 * The window named by ?from=&to=, when both are real days in order and no longer than the API
 * allows; otherwise the default (a hand-edited URL never ends in an error page).
 */
export function windowFromParams(params: URLSearchParams, now: Date = new Date()): AnalyticsWindow {
  const from = params.get('from');
  const to = params.get('to');
  if (isIsoDay(from) && isIsoDay(to) && from <= to && windowDays({ from, to }) <= MAX_WINDOW_DAYS) return { from, to };
  return defaultWindow(now);
}

const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Nov 3" for a chart's axis. */
export function formatShortDay(day: string): string {
  return shortDay.format(new Date(`${day}T00:00:00.000Z`));
}

/** "Nov 3, 2026". */
export function formatDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00.000Z`));
}
