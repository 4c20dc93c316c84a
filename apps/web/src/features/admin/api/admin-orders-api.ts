import type { AdminOrderDto, ChangeOrderStatusRequest, ItemEnvelope, ListEnvelope, OrderDto } from '@devgear/contracts';
import { onSuccess } from '@/lib/base-api';
import { adminApi } from './admin-api';

export interface AdminOrderListParams {
  status?: OrderDto['status'];
  q?: string;
  page?: number;
  per_page?: number;
}

/** Every customer's orders, as the back office sees and moves them (/admin/orders). */
export const adminOrdersApi = adminApi.injectEndpoints({
  endpoints: (build) => ({
    listAdminOrders: build.query<ListEnvelope<AdminOrderDto>, AdminOrderListParams>({
      query: (params) => ({ url: '/admin/orders', params: { ...params } }),
      providesTags: (result) => [
        { type: 'AdminOrder' as const, id: 'LIST' },
        ...(result?.data ?? []).map((o) => ({ type: 'AdminOrder' as const, id: o.id })),
      ],
    }),
    getAdminOrder: build.query<AdminOrderDto, string>({
      query: (id) => ({ url: `/admin/orders/${encodeURIComponent(id)}` }),
      transformResponse: (body: ItemEnvelope<AdminOrderDto>) => body.data,
      providesTags: (_result, _error, id) => [{ type: 'AdminOrder', id }],
    }),
    changeOrderStatus: build.mutation<AdminOrderDto, { id: string } & ChangeOrderStatusRequest>({
      query: ({ id, ...body }) => ({ url: `/admin/orders/${encodeURIComponent(id)}/status`, method: 'PATCH', data: body }),
      transformResponse: (body: ItemEnvelope<AdminOrderDto>) => body.data,
      // The detail page shows the answer at once; the lists and the dashboard's figures reload.
      onQueryStarted: ({ id }, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (order) => dispatch(adminOrdersApi.util.upsertQueryData('getAdminOrder', id, order))),
      invalidatesTags: (_result, error) => (error ? [] : [{ type: 'AdminOrder', id: 'LIST' }, 'Analytics']),
    }),
  }),
});

export const { useListAdminOrdersQuery, useGetAdminOrderQuery, useChangeOrderStatusMutation } = adminOrdersApi;
