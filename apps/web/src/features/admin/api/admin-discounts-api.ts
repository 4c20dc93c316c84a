import type { CreateDiscountRequest, DiscountDto, ItemEnvelope, ListEnvelope, UpdateDiscountRequest } from '@devgear/contracts';
import { adminApi } from './admin-api';

export interface DiscountListParams {
  q?: string;
  page?: number;
  per_page?: number;
}

/** Discount codes (/admin/discounts): list, create, edit, and delete (the API archives). */
export const adminDiscountsApi = adminApi.injectEndpoints({
  endpoints: (build) => ({
    listDiscounts: build.query<ListEnvelope<DiscountDto>, DiscountListParams>({
      query: (params) => ({ url: '/admin/discounts', params: { ...params } }),
      providesTags: (result) => [
        { type: 'Discount' as const, id: 'LIST' },
        ...(result?.data ?? []).map((d) => ({ type: 'Discount' as const, id: d.id })),
      ],
    }),
    createDiscount: build.mutation<DiscountDto, CreateDiscountRequest>({
      query: (body) => ({ url: '/admin/discounts', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<DiscountDto>) => body.data,
      invalidatesTags: (_result, error) => (error ? [] : [{ type: 'Discount', id: 'LIST' }]),
    }),
    updateDiscount: build.mutation<DiscountDto, { id: string; changes: UpdateDiscountRequest }>({
      query: ({ id, changes }) => ({ url: `/admin/discounts/${encodeURIComponent(id)}`, method: 'PATCH', data: changes }),
      transformResponse: (body: ItemEnvelope<DiscountDto>) => body.data,
      invalidatesTags: (_result, error, { id }) => (error ? [] : [{ type: 'Discount', id }]),
    }),
    deleteDiscount: build.mutation<void, string>({
      query: (id) => ({ url: `/admin/discounts/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      invalidatesTags: (_result, error) => (error ? [] : [{ type: 'Discount', id: 'LIST' }]),
    }),
  }),
});

export const { useListDiscountsQuery, useCreateDiscountMutation, useUpdateDiscountMutation, useDeleteDiscountMutation } = adminDiscountsApi;
