import type {
  AdminReviewDto,
  AdminReviewListQuery,
  CreateReviewRequest,
  ItemEnvelope,
  ListEnvelope,
  OwnReviewDto,
  ReviewDto,
  ReviewListResponse,
  ReviewSort,
  ReviewStatusDto,
} from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

export interface ReviewListParams {
  productId: string;
  sort?: ReviewSort;
  page?: number;
  per_page?: number;
}

const api = baseApi.enhanceEndpoints({ addTagTypes: ['Review', 'AdminReview'] });

/**
 * Reviews of a product and their moderation. Every change also invalidates the product
 * ('Product'), so its rating on the page and on every card comes back fresh.
 */
export const reviewsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listReviews: build.query<ReviewListResponse, ReviewListParams>({
      query: ({ productId, ...params }) => ({ url: `/products/${encodeURIComponent(productId)}/reviews`, params: { ...params } }),
      providesTags: (_result, _error, { productId }) => [{ type: 'Review', id: productId }],
    }),
    createReview: build.mutation<OwnReviewDto, { productId: string; body: CreateReviewRequest }>({
      query: ({ productId, body }) => ({ url: `/products/${encodeURIComponent(productId)}/reviews`, method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<OwnReviewDto>) => body.data,
      invalidatesTags: (_result, error, { productId }) => (error ? [] : [{ type: 'Review', id: productId }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }]),
    }),
    voteHelpful: build.mutation<ReviewDto, { reviewId: string; productId: string }>({
      query: ({ reviewId }) => ({ url: `/reviews/${encodeURIComponent(reviewId)}/helpful`, method: 'POST' }),
      transformResponse: (body: ItemEnvelope<ReviewDto>) => body.data,
      invalidatesTags: (_result, error, { productId }) => (error ? [] : [{ type: 'Review', id: productId }]),
    }),
    listAdminReviews: build.query<ListEnvelope<AdminReviewDto>, AdminReviewListQuery>({
      query: (params) => ({ url: '/admin/reviews', params: { ...params } }),
      providesTags: ['AdminReview'],
    }),
    moderateReview: build.mutation<AdminReviewDto, { id: string; productId: string; status: ReviewStatusDto }>({
      query: ({ id, status }) => ({ url: `/admin/reviews/${encodeURIComponent(id)}`, method: 'PATCH', data: { status } }),
      transformResponse: (body: ItemEnvelope<AdminReviewDto>) => body.data,
      invalidatesTags: (_result, error, { productId }) =>
        error ? [] : ['AdminReview', { type: 'Review', id: productId }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }],
    }),
    deleteReview: build.mutation<void, { id: string; productId: string }>({
      query: ({ id }) => ({ url: `/admin/reviews/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      invalidatesTags: (_result, error, { productId }) =>
        error ? [] : ['AdminReview', { type: 'Review', id: productId }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }],
    }),
  }),
});

export const { useListReviewsQuery, useCreateReviewMutation, useVoteHelpfulMutation, useListAdminReviewsQuery, useModerateReviewMutation, useDeleteReviewMutation } = reviewsApi;
