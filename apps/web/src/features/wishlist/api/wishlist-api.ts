import type { ProductSummaryDto, WishlistResponse } from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

const api = baseApi.enhanceEndpoints({ addTagTypes: ['Wishlist'] });

/** The first page holds every product a heart needs to know about (the API allows 100 a page). */
export const WISHLIST_PAGE = { page: 1, per_page: 100 };

/**
 * The signed-in customer's wishlist. Adding and removing change the cached list at once
 * (optimistic) and put it back if the server refuses, so hearts react instantly.
 */
export const wishlistApi = api.injectEndpoints({
  endpoints: (build) => ({
    getWishlist: build.query<WishlistResponse, { page: number; per_page: number }>({
      query: (params) => ({ url: '/wishlist', params: { ...params } }),
      providesTags: ['Wishlist'],
    }),
    addToWishlist: build.mutation<{ product_id: string; added: boolean }, ProductSummaryDto>({
      query: (product) => ({ url: '/wishlist/items', method: 'POST', data: { product_id: product.id } }),
      transformResponse: (body: { data: { product_id: string; added: boolean } }) => body.data,
      async onQueryStarted(product, { dispatch, queryFulfilled }) {
        const patch = dispatch(
          wishlistApi.util.updateQueryData('getWishlist', WISHLIST_PAGE, (draft) => {
            if (draft.data.some((i) => i.product.id === product.id)) return;
            draft.data.unshift({ product, added_at: new Date().toISOString() });
            draft.meta.total += 1;
          }),
        );
        try {
          await queryFulfilled;
        } catch {
          patch.undo();
        }
      },
    }),
    removeFromWishlist: build.mutation<void, string>({
      query: (productId) => ({ url: `/wishlist/items/${encodeURIComponent(productId)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      async onQueryStarted(productId, { dispatch, queryFulfilled }) {
        const patch = dispatch(
          wishlistApi.util.updateQueryData('getWishlist', WISHLIST_PAGE, (draft) => {
            const before = draft.data.length;
            draft.data = draft.data.filter((i) => i.product.id !== productId);
            draft.meta.total -= before - draft.data.length;
          }),
        );
        try {
          await queryFulfilled;
        } catch {
          patch.undo();
        }
      },
    }),
  }),
});

export const { useGetWishlistQuery, useAddToWishlistMutation, useRemoveFromWishlistMutation } = wishlistApi;
