import type { RecommendationsResponse } from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

/** "Recommended for you" (signed in) and "Customers also bought" (any product page). */
export const recommendationsApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getRecommendations: build.query<RecommendationsResponse, void>({
      query: () => ({ url: '/recommendations' }),
      providesTags: [{ type: 'Product', id: 'LIST' }],
    }),
    getAlsoBought: build.query<RecommendationsResponse, string>({
      query: (productId) => ({ url: `/products/${encodeURIComponent(productId)}/also-bought` }),
      providesTags: [{ type: 'Product', id: 'LIST' }],
    }),
  }),
});

export const { useGetRecommendationsQuery, useGetAlsoBoughtQuery } = recommendationsApi;
