import type { AddCartItemRequest, ApplyDiscountRequest, CartDto, CartResponse } from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';

/**
 * The cart (/cart) of the signed-in customer or, with a guest token, of a visitor. Every write answers with the whole cart, repriced:
 * it replaces the cached cart at once (no second request), unless a newer cart already
 * arrived (two quick changes whose answers cross on the way back).
 */
export const cartApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    /** POST /carts: a guest cart; its token is kept in this browser (lib/guest-cart-token.ts). */
    createGuestCart: build.mutation<{ cart_token: string; cart: CartDto }, void>({
      query: () => ({ url: '/carts', method: 'POST' }),
      transformResponse: (body: { data: { cart_token: string; cart: CartDto } }) => body.data,
    }),
    getCart: build.query<CartDto, void>({
      query: () => ({ url: '/cart' }),
      transformResponse: (body: CartResponse) => body.data,
      providesTags: ['Cart'],
      // A read answered before a write whose cart already replaced this one (a guest's first
      // add starts both at once) must not put the older cart back: keep the newer.
      merge: (cached, incoming) => (isStale(incoming, cached) ? undefined : incoming),
    }),
    addCartItem: build.mutation<CartDto, AddCartItemRequest>({
      query: (body) => ({ url: '/cart/items', method: 'POST', data: body }),
      transformResponse: (body: CartResponse) => body.data,
      onQueryStarted: (_arg, { dispatch, getState, queryFulfilled }) =>
        onSuccess(queryFulfilled, (cart) => {
          if (isStale(cart, cartApi.endpoints.getCart.select()(getState()).data)) return;
          dispatch(cartApi.util.upsertQueryData('getCart', undefined, cart));
        }),
    }),
    updateCartItem: build.mutation<CartDto, { id: string; quantity: number }>({
      query: ({ id, quantity }) => ({ url: `/cart/items/${encodeURIComponent(id)}`, method: 'PATCH', data: { quantity } }),
      transformResponse: (body: CartResponse) => body.data,
      onQueryStarted: (_arg, { dispatch, getState, queryFulfilled }) =>
        onSuccess(queryFulfilled, (cart) => {
          if (isStale(cart, cartApi.endpoints.getCart.select()(getState()).data)) return;
          dispatch(cartApi.util.upsertQueryData('getCart', undefined, cart));
        }),
    }),
    removeCartItem: build.mutation<CartDto, string>({
      query: (id) => ({ url: `/cart/items/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: (body: CartResponse) => body.data,
      onQueryStarted: (_arg, { dispatch, getState, queryFulfilled }) =>
        onSuccess(queryFulfilled, (cart) => {
          if (isStale(cart, cartApi.endpoints.getCart.select()(getState()).data)) return;
          dispatch(cartApi.util.upsertQueryData('getCart', undefined, cart));
        }),
    }),
    applyDiscount: build.mutation<CartDto, ApplyDiscountRequest>({
      query: (body) => ({ url: '/cart/discount', method: 'POST', data: body }),
      transformResponse: (body: CartResponse) => body.data,
      onQueryStarted: (_arg, { dispatch, getState, queryFulfilled }) =>
        onSuccess(queryFulfilled, (cart) => {
          if (isStale(cart, cartApi.endpoints.getCart.select()(getState()).data)) return;
          dispatch(cartApi.util.upsertQueryData('getCart', undefined, cart));
        }),
    }),
    removeDiscount: build.mutation<CartDto, void>({
      query: () => ({ url: '/cart/discount', method: 'DELETE' }),
      transformResponse: (body: CartResponse) => body.data,
      onQueryStarted: (_arg, { dispatch, getState, queryFulfilled }) =>
        onSuccess(queryFulfilled, (cart) => {
          if (isStale(cart, cartApi.endpoints.getCart.select()(getState()).data)) return;
          dispatch(cartApi.util.upsertQueryData('getCart', undefined, cart));
        }),
    }),
  }),
});

/** An answer older than the cart already cached (two quick changes whose answers crossed). */
function isStale(incoming: CartDto, cached: CartDto | undefined): boolean {
  return Boolean(cached && cached.id === incoming.id && Date.parse(cached.updated_at) > Date.parse(incoming.updated_at));
}

export const {
  useGetCartQuery,
  useCreateGuestCartMutation,
  useAddCartItemMutation,
  useUpdateCartItemMutation,
  useRemoveCartItemMutation,
  useApplyDiscountMutation,
  useRemoveDiscountMutation,
} = cartApi;
