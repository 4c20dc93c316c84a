import type { AnalyticsDto, ItemEnvelope } from '@devgear/contracts';
import { adminApi } from './admin-api';

/** A window of whole UTC days, both ends included: YYYY-MM-DD. */
export interface AnalyticsWindow {
  from: string;
  to: string;
}

/** The dashboard's figures (/admin/analytics). */
export const adminAnalyticsApi = adminApi.injectEndpoints({
  endpoints: (build) => ({
    getAnalytics: build.query<AnalyticsDto, AnalyticsWindow>({
      query: ({ from, to }) => ({ url: '/admin/analytics', params: { from, to } }),
      transformResponse: (body: ItemEnvelope<AnalyticsDto>) => body.data,
      // Order status changes move revenue and counts: they invalidate this.
      providesTags: ['Analytics'],
    }),
  }),
});

export const { useGetAnalyticsQuery } = adminAnalyticsApi;
