import type { AddressDto, AddressRequest, ItemEnvelope } from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

/** Address fields as sent: optional texts are null when empty (which also clears them on PATCH). */
export type AddressInput = Omit<AddressRequest, 'is_default_shipping'> & { is_default_shipping?: boolean };

/** The signed-in user's address book (/me/addresses): kept in the account area, chosen from and added to at checkout. */
export const addressesApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
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

export const { useListAddressesQuery, useAddAddressMutation, useUpdateAddressMutation, useDeleteAddressMutation } = addressesApi;
