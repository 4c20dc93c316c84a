import { waitFor } from '@testing-library/react';
import { makeStore } from '@/app/store';
import { apiClient, ApiRequestError } from '@/lib/api-client';
import { customer, sessionBody, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi, type FakeApi } from '@/testing/fake-api';
import { SESSION_STORAGE_KEY } from '@/lib/session-storage';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const expired = { status: 401, body: errorBody('UNAUTHENTICATED', 'The access token has expired') };

/** GET /me/things/:n answers only to the renewed access token. */
function thingsApi(refresh: Parameters<FakeApi['on']>[1]): FakeApi {
  return installFakeApi({
    'GET /me/things/:n': (req, { n }) => (req.headers.authorization === 'Bearer access-2' ? { body: { n } } : expired),
    'POST /auth/refresh': refresh,
  });
}

const thingRequests = (api: FakeApi) => api.requests.filter((r) => r.path.startsWith('/me/things/'));

async function rejection(promise: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiRequestError;
  }
  throw new Error('expected the request to fail');
}

function signedIn() {
  return makeStore({ session: storedSession(customer, { access: 'access-1', refresh: 'refresh-1' }) });
}

describe('silent refresh', () => {
  it('three requests failing at once share ONE refresh and are all repeated with the new token', async () => {
    const gate = deferred();
    const api = thingsApi(async () => {
      await gate.promise;
      return { body: sessionBody(customer, 'access-2', 'refresh-2') };
    });
    const store = signedIn();

    const all = Promise.all([1, 2, 3].map((n) => apiClient.get(`/me/things/${n}`)));
    // All three have failed with the old token while the refresh is still on its way.
    await waitFor(() => expect(thingRequests(api)).toHaveLength(3));
    await waitFor(() => expect(api.requestsTo('/auth/refresh')).toHaveLength(1));
    gate.resolve();

    const responses = await all;
    expect(responses.map((r) => r.data)).toEqual([{ n: '1' }, { n: '2' }, { n: '3' }]);
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
    const refresh = api.requestsTo('/auth/refresh')[0];
    expect(refresh.body).toEqual({ refresh_token: 'refresh-1' });
    expect(refresh.headers.authorization).toBeUndefined();
    expect(thingRequests(api).map((r) => r.headers.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-2',
      'Bearer access-2',
      'Bearer access-2',
    ]);
    // The rotated pair replaces the old one, in the store and for the next reload.
    expect(store.getState().session).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('a request started during the refresh waits for it and goes out with the new token', async () => {
    const gate = deferred();
    const api = thingsApi(async () => {
      await gate.promise;
      return { body: sessionBody(customer, 'access-2', 'refresh-2') };
    });
    signedIn();

    const first = apiClient.get('/me/things/1');
    await waitFor(() => expect(api.requestsTo('/auth/refresh')).toHaveLength(1));
    const second = apiClient.get('/me/things/2');
    await new Promise((r) => setTimeout(r, 20));
    expect(api.requestsTo('/me/things/2')).toHaveLength(0);
    gate.resolve();

    await expect(first).resolves.toMatchObject({ data: { n: '1' } });
    await expect(second).resolves.toMatchObject({ data: { n: '2' } });
    expect(api.requestsTo('/me/things/2').map((r) => r.headers.authorization)).toEqual(['Bearer access-2']);
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
  });

  it('a 401 arriving after another request already renewed the token is repeated without a second refresh', async () => {
    const slow = deferred();
    const api = installFakeApi({
      'GET /me/fast': (req) => (req.headers.authorization === 'Bearer access-2' ? { body: 'fast' } : expired),
      'GET /me/slow': async (req) => {
        if (req.headers.authorization === 'Bearer access-2') return { body: 'slow' };
        await slow.promise;
        return expired;
      },
      'POST /auth/refresh': { body: sessionBody(customer, 'access-2', 'refresh-2') },
    });
    signedIn();

    const slowRequest = apiClient.get('/me/slow');
    await expect(apiClient.get('/me/fast')).resolves.toMatchObject({ data: 'fast' });
    slow.resolve();
    await expect(slowRequest).resolves.toMatchObject({ data: 'slow' });
    // refresh-2 was never presented: presenting refresh-1 twice would have ended the session.
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh is refused, every waiting request fails and the user is signed out', async () => {
    const gate = deferred();
    const api = thingsApi(async () => {
      await gate.promise;
      return { status: 401, body: errorBody('UNAUTHENTICATED', 'Invalid or expired refresh token') };
    });
    const store = signedIn();

    const failures = [1, 2, 3].map((n) => rejection(apiClient.get(`/me/things/${n}`)));
    await waitFor(() => expect(thingRequests(api)).toHaveLength(3));
    gate.resolve();

    for (const error of await Promise.all(failures)) {
      expect(error).toBeInstanceOf(ApiRequestError);
      expect(error.status).toBe(401);
    }
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
    // Nothing repeated with a token that does not exist.
    expect(thingRequests(api)).toHaveLength(3);
    expect(store.getState().session).toEqual({ user: null, accessToken: null, refreshToken: null, ended: 'expired' });
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the session when the refresh could not reach the server, and reports that error', async () => {
    installFakeApi({ 'GET /me': expired, 'POST /auth/refresh': { networkError: true } });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = signedIn();

    const error = await rejection(apiClient.get('/me'));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Could not renew the session (NETWORK_ERROR)'));
    warn.mockRestore();
    expect(store.getState().session).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1', ended: null });
  });

  it('repeats a request only once: a second 401 with the new token stands', async () => {
    const api = installFakeApi({ 'GET /me': expired, 'POST /auth/refresh': { body: sessionBody(customer, 'access-2', 'refresh-2') } });
    signedIn();

    expect((await rejection(apiClient.get('/me'))).status).toBe(401);
    expect(api.requestsTo('/me').map((r) => r.headers.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
  });

  it('never refreshes for the sign-in call itself, nor for requests sent without a token', async () => {
    const api = installFakeApi({
      'POST /auth/login': { status: 401, body: errorBody('UNAUTHENTICATED', 'Invalid email or password') },
      'GET /me': expired,
      'POST /auth/refresh': { body: sessionBody(customer, 'access-2', 'refresh-2') },
    });
    signedIn();
    const login = await rejection(apiClient.post('/auth/login', { email: 'ada@example.com', password: 'wrong-password' }));
    expect(login.message).toBe('Invalid email or password');
    expect(api.requestsTo('/auth/login')[0].headers.authorization).toBeUndefined();

    makeStore({ session: null });
    expect((await rejection(apiClient.get('/me'))).status).toBe(401);
    expect(api.requestsTo('/me')[0].headers.authorization).toBeUndefined();

    expect(api.requestsTo('/auth/refresh')).toHaveLength(0);
  });
});
