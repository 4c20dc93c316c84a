/**
 * Bearer tokens and silent refresh for the app's HTTP client (lib/api-client.ts).
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

const AUTH_CALL = /^\/?auth\//;

/** The anonymous calls of the session itself: login, register, refresh, logout, password reset. */
export function isAuthCall(url: string | undefined): boolean {
  return AUTH_CALL.test(url ?? '');
}

/** Statuses of a refresh answer that mean "this session is over" rather than "try later". */
function endsSession(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 400 || status === 401 || status === 403;
}

function noop(): void {
  // Waiting only: the outcome of the refresh is handled by the request that started it.
}

/** One client's refresh state: the refresh in flight, shared by every request that needs it. */
export function createAuthRefresher() {
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

  return {
    /**
     * The token to send now. Sent during a refresh, a request would carry the token being
     * replaced: it waits for the new one. If the refresh fails the request goes out without a
     * token and fails on its own (401).
     */
    async tokenToSend(auth: AuthHandlers): Promise<string | null> {
      if (refreshing) await refreshing.then(noop, noop);
      return auth.accessToken();
    },

    /**
     * A request sent with `sent` got a 401 (`error`): resolves when it is worth repeating it
     * once (the token was renewed, by this call or by another request meanwhile), rejects with
     * the error to report otherwise.
     */
    async renewAfter401(auth: AuthHandlers, sent: string | null, error: unknown): Promise<void> {
      // An anonymous request has nothing to renew: the 401 stands.
      if (!sent) throw error;
      const current = auth.accessToken();
      // Signed out meanwhile: nothing to renew either.
      if (!current) throw error;
      if (current !== sent) return;
      try {
        await refreshOnce(auth);
      } catch (refreshError) {
        // A session that ended leaves the request's own 401; anything else (offline, 429,
        // 5xx) is the more useful error to show.
        throw endsSession(refreshError) ? error : refreshError;
      }
    },
  };
}
