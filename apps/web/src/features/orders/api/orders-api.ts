import type { ItemEnvelope, ListEnvelope, OrderDto, PlaceOrderRequest } from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';

export interface OrderListParams {
  page?: number;
  per_page?: number;
}

export interface PlaceOrderArgs {
  body: PlaceOrderRequest;
  /** The Idempotency-Key of this checkout attempt (see hooks/use-place-order.ts). */
  idempotencyKey: string;
}

/** Checkout and the customer's own orders (/orders). */
export const ordersApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    placeOrder: build.mutation<OrderDto, PlaceOrderArgs>({
      query: ({ body, idempotencyKey }) => ({ url: '/orders', method: 'POST', data: body, headers: { 'Idempotency-Key': idempotencyKey } }),
      transformResponse: (body: ItemEnvelope<OrderDto>) => body.data,
      onQueryStarted: (_arg, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (order) => {
          // The confirmation page shows it without asking again.
          dispatch(ordersApi.util.upsertQueryData('getOrder', order.id, order));
        }),
      // The bought items left the cart; the order history has a new first entry.
      invalidatesTags: (result) => (result ? ['Cart', { type: 'Order', id: 'LIST' }] : []),
    }),
    listOrders: build.query<ListEnvelope<OrderDto>, OrderListParams>({
      query: (params) => ({ url: '/orders', params: { ...params } }),
      providesTags: (result) => [
        { type: 'Order' as const, id: 'LIST' },
        ...(result?.data ?? []).map((o) => ({ type: 'Order' as const, id: o.id })),
      ],
    }),
    getOrder: build.query<OrderDto, string>({
      query: (id) => ({ url: `/orders/${encodeURIComponent(id)}` }),
      transformResponse: (body: ItemEnvelope<OrderDto>) => body.data,
      providesTags: (result) => (result ? [{ type: 'Order' as const, id: result.id }] : []),
    }),
    cancelOrder: build.mutation<OrderDto, string>({
      query: (id) => ({ url: `/orders/${encodeURIComponent(id)}/cancel`, method: 'POST' }),
      transformResponse: (body: ItemEnvelope<OrderDto>) => body.data,
      onQueryStarted: (id, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (order) => {
          dispatch(ordersApi.util.upsertQueryData('getOrder', id, order));
        }),
      invalidatesTags: (result) => (result ? [{ type: 'Order', id: 'LIST' }] : []),
    }),
  }),
});

export const { usePlaceOrderMutation, useListOrdersQuery, useGetOrderQuery, useCancelOrderMutation } = ordersApi;
