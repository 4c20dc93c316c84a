import type { Dispatch, ThunkAction, UnknownAction } from '@reduxjs/toolkit';
import type { ItemEnvelope, SessionDto } from '@devgear/contracts';
import { apiClient, ApiRequestError, normaliseError } from '@/lib/api-client';
import type { AuthHandlers } from '@/lib/auth-refresh';
import { baseApi } from '@/lib/base-api';
import {
  sessionExpired,
  sessionStarted,
  sessionSynced,
  signedOut,
  storedSessionOf,
  type WithSession,
} from '@/lib/session-slice';
import {
  parseStoredSession,
  readStoredSession,
  SESSION_STORAGE_KEY,
  serialiseSession,
  writeStoredSession,
} from '@/lib/session-storage';

/** The bits of the Redux store the session plumbing uses. */
export interface SessionStore {
  getState(): WithSession;
  dispatch: Dispatch<UnknownAction>;
  subscribe(listener: () => void): () => void;
}

const REFRESH_LOCK = 'devgear.session-refresh';

/**
 * Runs `task` while holding a lock shared by every tab of this site (Web Locks API), so two
 * tabs never present the same single-use refresh token. Without the API (old browsers,
 * jsdom) the task runs at once; the client still never runs two refreshes within a tab.
 */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
  if (!locks || typeof locks.request !== 'function') return task();
  // The lock's promise settles with the task's own result.
  return locks.request(REFRESH_LOCK, task) as unknown as Promise<T>;
}

/** Signed out and nothing the user can see of the old session kept in the cache. */
function endSession(store: Pick<SessionStore, 'dispatch'>, expired: boolean): void {
  store.dispatch(expired ? sessionExpired() : signedOut());
  store.dispatch(baseApi.util.resetApiState());
}

/** Connects the HTTP client's silent refresh (lib/auth-refresh.ts) to the session in the store. */
export function createAuthHandlers(store: SessionStore): AuthHandlers {
  return {
    accessToken: () => store.getState().session.accessToken,

    refresh() {
      const presented = store.getState().session.refreshToken;
      return withRefreshLock(async () => {
        // Another tab may have renewed the session while this one waited for the lock: its
        // new tokens are in storage and the one we hold is already used.
        const stored = readStoredSession();
        if (stored && presented && stored.refreshToken !== presented) {
          store.dispatch(sessionSynced(stored));
          return stored.accessToken;
        }
        const refreshToken = store.getState().session.refreshToken;
        if (!refreshToken) {
          throw new ApiRequestError({ status: 401, code: 'UNAUTHENTICATED', message: 'Please sign in again.', details: {}, requestId: null });
        }
        const response = await apiClient.post<ItemEnvelope<SessionDto>>('/auth/refresh', { refresh_token: refreshToken });
        store.dispatch(sessionStarted(response.data.data));
        return response.data.data.access_token;
      });
    },

    refreshFailed(error) {
      const e = normaliseError(error);
      if (e.status === 400 || e.status === 401 || e.status === 403) {
        endSession(store, true);
        return;
      }
      // Offline, rate limited or a server error: the session may well still be good, so keep
      // it; the request that needed it fails with this error and can be tried again.
      console.warn(`Could not renew the session (${e.code}): ${e.message}`);
    },
  };
}

/** Keeps localStorage in step with the session in the store, so a reload keeps you signed in. */
export function persistSession(store: SessionStore): () => void {
  let last = store.getState().session;
  return store.subscribe(() => {
    const current = store.getState().session;
    if (current === last) return;
    const changed = current.user !== last.user || current.accessToken !== last.accessToken || current.refreshToken !== last.refreshToken;
    last = current;
    if (changed) writeStoredSession(storedSessionOf(current));
  });
}

/** Follows sign-ins, refreshes and sign-outs made in the site's other tabs. */
export function followOtherTabs(store: SessionStore): () => void {
  const onStorage = (event: StorageEvent) => {
    // key null: the whole storage was cleared.
    if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
    const incoming = parseStoredSession(event.key === null ? null : event.newValue);
    const current = storedSessionOf(store.getState().session);
    if (serialiseSession(incoming) === serialiseSession(current)) return;
    const userChanged = (incoming?.user.id ?? null) !== (current?.user.id ?? null);
    store.dispatch(sessionSynced(incoming));
    if (userChanged) store.dispatch(baseApi.util.resetApiState());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/**
 * Signs out: forgets the session here at once, then asks the API to revoke the refresh token.
 * If that call fails the token still expires on its own (7 days); the user is signed out here
 * either way.
 */
export function signOut(): ThunkAction<Promise<void>, WithSession, unknown, UnknownAction> {
  return async (dispatch, getState) => {
    const { refreshToken } = getState().session;
    endSession({ dispatch }, false);
    if (!refreshToken) return;
    try {
      await apiClient.post('/auth/logout', { refresh_token: refreshToken });
    } catch (error) {
      const e = normaliseError(error);
      console.warn(`Signed out on this device, but the server did not revoke the session (${e.code}): ${e.message}`);
    }
  };
}
