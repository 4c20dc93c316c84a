import type { UserDto } from '@devgear/contracts';

/** The roles of CONTRACT.md (`USER_ROLES` of the contracts, kept here so the first download has no zod). */
const ROLES: readonly UserDto['role'][] = ['customer', 'admin'];

/** What survives a reload: the signed-in user and the token pair. */
export interface StoredSession {
  user: UserDto;
  accessToken: string;
  refreshToken: string;
}

/** The localStorage key; other tabs watch it to follow sign-ins and sign-outs. */
export const SESSION_STORAGE_KEY = 'devgear.session';

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isUser(value: unknown): value is UserDto {
  if (typeof value !== 'object' || value === null) return false;
  const u = value as Record<string, unknown>;
  return (
    isString(u.id) &&
    isString(u.email) &&
    typeof u.first_name === 'string' &&
    typeof u.last_name === 'string' &&
    (ROLES as readonly unknown[]).includes(u.role) &&
    typeof u.created_at === 'string'
  );
}

/** The session in a stored value, or null when there is none or it is not one we wrote. */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  if (!isUser(s.user) || !isString(s.accessToken) || !isString(s.refreshToken)) return null;
  return { user: s.user, accessToken: s.accessToken, refreshToken: s.refreshToken };
}

export function serialiseSession(session: StoredSession | null): string | null {
  return session ? JSON.stringify({ user: session.user, accessToken: session.accessToken, refreshToken: session.refreshToken }) : null;
}

/** localStorage, when the browser lets us use it (private modes and sandboxed frames may not). */
function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function readStoredSession(): StoredSession | null {
  try {
    return parseStoredSession(storage()?.getItem(SESSION_STORAGE_KEY) ?? null);
  } catch (error) {
    console.warn('Could not read the saved session', error);
    return null;
  }
}

/** Saves (or, with null, removes) the session; does nothing when it is already stored as is. */
export function writeStoredSession(session: StoredSession | null): void {
  const store = storage();
  if (!store) return;
  const value = serialiseSession(session);
  try {
    if (store.getItem(SESSION_STORAGE_KEY) === value) return;
    if (value === null) store.removeItem(SESSION_STORAGE_KEY);
    else store.setItem(SESSION_STORAGE_KEY, value);
  } catch (error) {
    // Full or blocked storage: the session still works until the tab is closed.
    console.warn('Could not save the session; you will be signed out when this tab closes', error);
  }
}
