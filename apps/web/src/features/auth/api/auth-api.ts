import type { ItemEnvelope, LoginRequest, RegisterRequest, SessionDto } from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';
import { sessionStarted } from '@/lib/session-slice';

/** The anonymous /auth calls. Signing in or up starts the session in the store. */
export const authApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    register: build.mutation<SessionDto, RegisterRequest>({
      query: (body) => ({ url: '/auth/register', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<SessionDto>) => body.data,
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (session) => dispatch(sessionStarted(session))),
    }),
    login: build.mutation<SessionDto, LoginRequest>({
      query: (body) => ({ url: '/auth/login', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<SessionDto>) => body.data,
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (session) => dispatch(sessionStarted(session))),
    }),
    requestPasswordReset: build.mutation<void, { email: string }>({
      query: (body) => ({ url: '/auth/password-reset-request', method: 'POST', data: body }),
      transformResponse: () => undefined,
    }),
    resetPassword: build.mutation<void, { token: string; new_password: string }>({
      query: (body) => ({ url: '/auth/password-reset', method: 'POST', data: body }),
      transformResponse: () => undefined,
    }),
  }),
});

export const { useRegisterMutation, useLoginMutation, useRequestPasswordResetMutation, useResetPasswordMutation } = authApi;
