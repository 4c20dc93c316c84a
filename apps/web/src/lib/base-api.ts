import { createApi } from '@reduxjs/toolkit/query/react';
import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from './api-client';
import { apiBaseQuery } from './api-base-query';

/**
 * The one RTK Query API of the app. Features add their endpoints with
 * `baseApi.injectEndpoints`, so each feature owns its calls while sharing one cache.
 */
export const baseApi = createApi({
  reducerPath: 'api',
  baseQuery: apiBaseQuery(),
  tagTypes: ['Category', 'Product', 'Me', 'Address', 'AdminUser', 'Cart', 'Order', 'AdminSystem'],
  endpoints: () => ({}),
});

/**
 * RTK Query types an endpoint's error as `ApiError | SerializedError` (the latter only
 * when our own code throws while handling a response). Components deal in ApiError only.
 */
export function queryError(error: ApiError | SerializedError | undefined): ApiError | undefined {
  if (!error) return undefined;
  if ('status' in error && typeof error.status === 'number') return error as ApiError;
  return {
    status: 0,
    code: 'CLIENT_ERROR',
    message: 'Something went wrong while showing this page. Please reload and try again.',
    details: {},
    requestId: null,
  };
}

/**
 * Runs `effect` with a mutation's or query's data once it succeeded, from `onQueryStarted`.
 * Failures need no handling here: they reach the component through the hook's result.
 */
export function onSuccess<T>(queryFulfilled: Promise<{ data: T }>, effect: (data: T) => void): void {
  queryFulfilled.then(
    ({ data }) => effect(data),
    () => {
      // Reported to the caller by the hook (error state / unwrap()).
    },
  );
}
