import type { DeadLetterDto, ItemEnvelope, ListEnvelope, SystemStatusDto, WebhookDeliveryDto, WebhookDeliveryStatus } from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

/** The back office's System page: the event pipeline, partner webhooks and background jobs. */
export const adminSystemApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    systemStatus: build.query<SystemStatusDto, void>({
      query: () => ({ url: '/admin/system' }),
      transformResponse: (body: ItemEnvelope<SystemStatusDto>) => body.data,
      providesTags: [{ type: 'AdminSystem', id: 'STATUS' }],
    }),
    deadLetters: build.query<DeadLetterDto[], void>({
      query: () => ({ url: '/admin/outbox/dead-letters' }),
      transformResponse: (body: { data: DeadLetterDto[] }) => body.data,
      providesTags: [{ type: 'AdminSystem', id: 'DEAD' }],
    }),
    webhookDeliveries: build.query<ListEnvelope<WebhookDeliveryDto>, { status?: WebhookDeliveryStatus; page?: number; per_page?: number }>({
      query: (params) => ({ url: '/admin/webhooks/deliveries', params: { ...params } }),
      providesTags: [{ type: 'AdminSystem', id: 'DELIVERIES' }],
    }),
    retryDeadLetter: build.mutation<void, string>({
      query: (id) => ({ url: `/admin/outbox/dead-letters/${encodeURIComponent(id)}/retry`, method: 'POST' }),
      invalidatesTags: ['AdminSystem'],
    }),
    retryDelivery: build.mutation<WebhookDeliveryDto, string>({
      query: (id) => ({ url: `/admin/webhooks/deliveries/${encodeURIComponent(id)}/retry`, method: 'POST' }),
      transformResponse: (body: ItemEnvelope<WebhookDeliveryDto>) => body.data,
      invalidatesTags: ['AdminSystem'],
    }),
  }),
});

export const { useSystemStatusQuery, useDeadLettersQuery, useWebhookDeliveriesQuery, useRetryDeadLetterMutation, useRetryDeliveryMutation } = adminSystemApi;
