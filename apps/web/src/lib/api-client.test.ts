import { errorBody, installFakeApi } from '@/testing/fake-api';
import { apiClient, ApiRequestError, normaliseError } from './api-client';

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiRequestError;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('talks to /api/v1 and tags each request with an X-Request-Id', async () => {
    const api = installFakeApi({ 'GET /health': { body: { status: 'ok' } } });
    const res = await apiClient.get('/health');
    expect(res.data).toEqual({ status: 'ok' });
    expect(api.requests[0].fullPath).toBe('/api/v1/health');
    expect(api.requests[0].headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns the error envelope into an ApiError', async () => {
    installFakeApi({
      'GET /products': {
        status: 400,
        body: errorBody('VALIDATION_ERROR', 'Invalid product filters', { per_page: ['must be at most 100'] }),
      },
    });
    const error = await failure(apiClient.get('/products', { params: { per_page: 500 } }));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.toJSON()).toEqual({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'Invalid product filters',
      details: { per_page: ['must be at most 100'] },
      requestId: 'req-123',
    });
  });

  it('gives a readable error when a proxy answers with HTML instead of the envelope', async () => {
    installFakeApi({ 'GET /products': { status: 502, body: '<html>Bad gateway</html>' } });
    const error = await failure(apiClient.get('/products'));
    expect(error.status).toBe(502);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Something went wrong on our side. Please try again.');
    expect(error.requestId).toBe('req-test');
  });

  it('reports an unreachable server as a network error with status 0', async () => {
    installFakeApi({ 'GET /products': { networkError: true } });
    const error = await failure(apiClient.get('/products'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(/could not reach the store/i);
  });

  it('sends a JSON body with its content type, leaves out empty query values, and passes FormData as it is', async () => {
    const api = installFakeApi({ 'POST /things': { status: 201, body: { data: { id: 't1' } } }, 'PUT /things/t1/image': { status: 204 } });
    const created = await apiClient.post('/things', { name: 'Desk' }, { params: { q: 'a b', page: 2, empty: '', none: null, skip: undefined } });
    expect(created).toMatchObject({ status: 201, data: { data: { id: 't1' } } });
    const sent = api.lastRequestTo('/things')!;
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.body).toEqual({ name: 'Desk' });
    expect(sent.query).toEqual({ q: 'a b', page: '2' });

    const form = new FormData();
    form.append('alt', 'Side view');
    const uploaded = await apiClient.put('/things/t1/image', form);
    expect(uploaded.data).toBe('');
    const upload = api.lastRequestTo('/things/t1/image')!;
    expect(upload.body).toBe(form);
    // The browser sets multipart/form-data with its boundary itself.
    expect(upload.headers['content-type']).toBeUndefined();
  });

  it('gives up after 20 seconds with a timeout error', async () => {
    jest.useFakeTimers();
    try {
      apiClient.transport = (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const pending = failure(apiClient.get('/slow'));
      await jest.advanceTimersByTimeAsync(20_000);
      const error = await pending;
      expect(error).toMatchObject({ status: 0, code: 'TIMEOUT', message: 'The store took too long to answer. Please try again.' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('normalises unexpected throwables too', () => {
    expect(normaliseError(new Error('boom'))).toMatchObject({ status: 0, code: 'CLIENT_ERROR', message: 'boom' });
  });
});
