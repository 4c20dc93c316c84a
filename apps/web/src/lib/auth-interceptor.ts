import axios, { type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

/**
 * Bearer tokens and silent refresh for the app's axios client.
 *
 * - Every request (except the /auth/* calls, which are anonymous) carries the current access
 *   token as `Authorization: Bearer ...`.
 * - A 401 on a request that carried a token means the access token expired (they last 15
 *   minutes): the client renews the session with the refresh token and repeats the request
 *   once with the new access token.
 * - Refresh tokens are single use and presenting a used one revokes the whole session, so at
 *   most ONE refresh runs at a time: requests failing meanwhile wait for it and are then
 *   repeated with its token, and requests started meanwhile wait before being sent.
 * - When the refresh fails, `refreshFailed` hears about it once (the session decides whether
 *   that ends it) and every waiting request fails.
 * - The /auth/* calls themselves (login, register, refresh, ...) are never refreshed or retried.
 */
export interface AuthHandlers {
  /** The access token to send now; null when signed out. */
  accessToken(): string | null;
  /**
   * Exchanges the refresh token for a new session, stores it, and resolves to the new access
   * token. Never called while a previous call is still running.
   */
  refresh(): Promise<string>;
  /** The refresh failed with `error`; called once per failed refresh. */
  refreshFailed(error: unknown): void;
}

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Set on the one repetition of a request after its access token was renewed. */
    authRetried?: boolean;
  }
}

const AUTH_CALL = /^\/?auth\//;

/** The anonymous calls of the session itself: login, register, refresh, logout, password reset. */
export function isAuthCall(config: Pick<InternalAxiosRequestConfig, 'url'>): boolean {
  return AUTH_CALL.test(config.url ?? '');
}

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const value = config.headers?.get?.('Authorization');
  return typeof value === 'string' && value.startsWith('Bearer ') ? value.slice('Bearer '.length) : null;
}

/** Statuses of a refresh answer that mean "this session is over" rather than "try later". */
function endsSession(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 400 || status === 401 || status === 403;
}

export function installAuthInterceptors(client: AxiosInstance, source: () => AuthHandlers | null): void {
  /** The refresh in flight, shared by every request that needs it. */
  let refreshing: Promise<string> | null = null;

  function refreshOnce(auth: AuthHandlers): Promise<string> {
    if (!refreshing) {
      refreshing = auth
        .refresh()
        .catch((error: unknown) => {
          auth.refreshFailed(error);
          throw error;
        })
        .finally(() => {
          refreshing = null;
        });
    }
    return refreshing;
  }

  client.interceptors.request.use(async (config) => {
    const auth = source();
    if (!auth || isAuthCall(config)) return config;
    // Sent now, it would carry the token being replaced: wait for the new one. If the refresh
    // fails the request goes out without a token and fails on its own (401).
    if (refreshing) await refreshing.then(noop, noop);
    const token = auth.accessToken();
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    else config.headers.delete('Authorization');
    return config;
  });

  client.interceptors.response.use(undefined, async (error: unknown) => {
    const auth = source();
    if (!auth || !axios.isAxiosError(error) || error.response?.status !== 401 || !error.config) throw error;
    const config = error.config;
    if (isAuthCall(config) || config.authRetried) throw error;
    const sent = bearerOf(config);
    // An anonymous request has nothing to renew: the 401 stands.
    if (!sent) throw error;
    const current = auth.accessToken();
    // Signed out meanwhile: nothing to renew either.
    if (!current) throw error;
    if (current === sent) {
      try {
        await refreshOnce(auth);
      } catch (refreshError) {
        // A session that ended leaves the request's own 401; anything else (offline, 429,
        // 5xx) is the more useful error to show.
        throw endsSession(refreshError) ? error : refreshError;
      }
    }
    // Either just renewed, or renewed by another request while this one was on its way.
    return client.request({ ...config, authRetried: true });
  });
}

function noop(): void {
  // Waiting only: the outcome of the refresh is handled by the request that started it.
}
