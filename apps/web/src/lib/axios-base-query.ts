import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { apiClient, normaliseError, type ApiError } from './api-client';

export interface AxiosQueryArgs {
  url: string;
  method?: AxiosRequestConfig['method'];
  /** Query string; undefined / null / '' entries are left out. */
  params?: Record<string, string | number | boolean | null | undefined>;
  data?: unknown;
  headers?: Record<string, string>;
}

function compactParams(params: AxiosQueryArgs['params']): Record<string, string | number | boolean> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}

/** RTK Query base query over the app's axios client; failures become ApiError. */
export function axiosBaseQuery(client: AxiosInstance = apiClient): BaseQueryFn<AxiosQueryArgs, unknown, ApiError> {
  return async ({ url, method = 'GET', params, data, headers }, { signal }) => {
    try {
      const response = await client.request({ url, method, params: compactParams(params), data, headers, signal });
      return { data: response.data };
    } catch (error) {
      return { error: normaliseError(error) };
    }
  };
}
