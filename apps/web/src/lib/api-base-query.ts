import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import { apiClient, normaliseError, type ApiClient, type ApiError, type RequestConfig } from './api-client';

/** What an endpoint's `query` returns: the request without its signal (RTK Query gives it). */
export type ApiQueryArgs = Omit<RequestConfig, 'signal'>;

/** RTK Query base query over the app's HTTP client; failures become ApiError. */
export function apiBaseQuery(client: ApiClient = apiClient): BaseQueryFn<ApiQueryArgs, unknown, ApiError> {
  return async (args, { signal }) => {
    try {
      const response = await client.request({ ...args, signal });
      return { data: response.data };
    } catch (error) {
      return { error: normaliseError(error) };
    }
  };
}
