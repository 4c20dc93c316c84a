import { z } from 'zod';
import { paginationQuerySchema } from './common';

/** Outbound partner webhooks (CONTRACT.md, "Outbound partner webhooks"). */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const webhookDeliveryListQuerySchema = paginationQuerySchema.extend({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES, { message: `must be one of ${WEBHOOK_DELIVERY_STATUSES.join(', ')}` }).optional(),
});

/** GET /admin/webhooks/deliveries: one delivery of one event to one endpoint. */
export interface WebhookDeliveryDto {
  id: string;
  event_id: string;
  type: string;
  url: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
}

/** GET /admin/system: the event pipeline and background jobs at a glance (the back office's System page). */
export interface SystemStatusDto {
  outbox: { backlog: number; oldest_pending_age_seconds: number | null; dead: number };
  webhooks: { pending: number; delivered: number; dead: number; endpoints: number };
  /** Each job's last run on any worker (instance = host:pid), or nulls when it never ran. */
  jobs: { name: string; instance: string | null; last_run_at: string | null; ok: boolean | null; error: string | null; duration_ms: number | null }[];
  role: 'api' | 'worker' | 'all';
}

/** GET /admin/outbox/dead-letters: an event whose handlers failed past the retry budget. */
export interface DeadLetterDto {
  id: string;
  name: string;
  aggregate_id: string;
  attempts: number;
  last_error: string | null;
  occurred_at: string;
  dead_at: string;
}
