import type { ItemEnvelope, SessionDto, UserDto } from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';
import { sessionStarted, userUpdated } from '@/lib/session-slice';

/** The signed-in user's own data: profile and password (/me). The address book is src/api/addresses-api.ts. */
export const accountApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getMe: build.query<UserDto, void>({
      query: () => ({ url: '/me' }),
      transformResponse: (body: ItemEnvelope<UserDto>) => body.data,
      providesTags: ['Me'],
      // The header and the role checks read the user from the session: keep it current.
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (user) => dispatch(userUpdated(user))),
    }),
    updateProfile: build.mutation<UserDto, { first_name?: string; last_name?: string }>({
      query: (body) => ({ url: '/me', method: 'PATCH', data: body }),
      transformResponse: (body: ItemEnvelope<UserDto>) => body.data,
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (user) => {
          dispatch(userUpdated(user));
          dispatch(accountApi.util.upsertQueryData('getMe', undefined, user));
        }),
    }),
    /** Other sessions end; this one continues with the new token pair in the answer. */
    changePassword: build.mutation<SessionDto, { current_password: string; new_password: string }>({
      query: (body) => ({ url: '/me/password', method: 'PUT', data: body }),
      transformResponse: (body: ItemEnvelope<SessionDto>) => body.data,
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (session) => dispatch(sessionStarted(session))),
    }),
  }),
});

export const { useGetMeQuery, useUpdateProfileMutation, useChangePasswordMutation } = accountApi;
