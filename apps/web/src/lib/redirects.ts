import type { Location } from 'react-router-dom';

/** Pages of the sign-in flow: never a place to come back to after signing in. */
const AUTH_PAGES = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password'];

/**
 * The `next` page to return to after signing in, when it is a path of this site. Anything
 * else (another origin, "//evil.example", "javascript:") is ignored: no open redirect.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  const path = raw.split(/[?#]/)[0];
  if (AUTH_PAGES.includes(path)) return fallback;
  return raw;
}

/** /sign-in, remembering `from` (a location or a path) to come back to. */
export function signInHref(from?: Pick<Location, 'pathname' | 'search' | 'hash'> | string | null): string {
  const path = typeof from === 'string' ? from : from ? `${from.pathname}${from.search}${from.hash}` : '';
  const next = safeNextPath(path, '');
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}

/** Another page of the sign-in flow, keeping the `next` page. */
export function withNext(path: string, next: string | null): string {
  const safe = safeNextPath(next, '');
  return safe && safe !== '/' ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

/** A message for the sign-in page, passed in the navigation's state. */
export interface SignInNotice {
  type: 'success' | 'info' | 'warning';
  text: string;
}

export function noticeFrom(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice as Partial<SignInNotice> | undefined;
  if (!notice || typeof notice.text !== 'string') return null;
  const type = notice.type === 'success' || notice.type === 'warning' ? notice.type : 'info';
  return { type, text: notice.text };
}
