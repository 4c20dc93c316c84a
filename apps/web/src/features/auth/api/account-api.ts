import type { AddressDto, AddressRequest, ItemEnvelope, SessionDto, UserDto } from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';
import { sessionStarted, userUpdated } from '@/lib/session-slice';

/** Address fields as sent: optional texts are null when empty (which also clears them on PATCH). */
export type AddressInput = Omit<AddressRequest, 'is_default_shipping'> & { is_default_shipping?: boolean };

/** The signed-in user's own data: profile, password, address book (/me). */
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
    listAddresses: build.query<AddressDto[], void>({
      query: () => ({ url: '/me/addresses' }),
      transformResponse: (body: { data: AddressDto[] }) => body.data,
      providesTags: (result) => [
        { type: 'Address' as const, id: 'LIST' },
        ...(result ?? []).map((a) => ({ type: 'Address' as const, id: a.id })),
      ],
    }),
    addAddress: build.mutation<AddressDto, AddressInput>({
      query: (body) => ({ url: '/me/addresses', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<AddressDto>) => body.data,
      // A new default changes the others' badges too: reload the list.
      invalidatesTags: [{ type: 'Address', id: 'LIST' }],
    }),
    updateAddress: build.mutation<AddressDto, { id: string; changes: Partial<AddressInput> }>({
      query: ({ id, changes }) => ({ url: `/me/addresses/${encodeURIComponent(id)}`, method: 'PATCH', data: changes }),
      transformResponse: (body: ItemEnvelope<AddressDto>) => body.data,
      invalidatesTags: [{ type: 'Address', id: 'LIST' }],
    }),
    deleteAddress: build.mutation<void, string>({
      query: (id) => ({ url: `/me/addresses/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      invalidatesTags: [{ type: 'Address', id: 'LIST' }],
    }),
  }),
});

export const {
  useGetMeQuery,
  useUpdateProfileMutation,
  useChangePasswordMutation,
  useListAddressesQuery,
  useAddAddressMutation,
  useUpdateAddressMutation,
  useDeleteAddressMutation,
} = accountApi;
