import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { webhookDeliveryListQuerySchema, type WebhookDeliveryDto } from '@devgear/contracts';
import type { AppConfig } from '../../../platform/config/config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Roles } from '../../../platform/auth/auth.decorators';
import { pathId } from '../../../platform/http/path-id';
import { PrismaWebhookDeliveries, type DeliveryRow } from '../prisma-webhook-deliveries';

export function presentDelivery(d: DeliveryRow): WebhookDeliveryDto {
  return {
    id: d.id,
    event_id: d.event_id,
    type: d.type,
    url: d.url,
    status: d.status,
    attempts: d.attempts,
    last_status_code: d.last_status_code,
    last_error: d.last_error,
    next_attempt_at: d.status === 'pending' ? d.next_attempt_at.toISOString() : null,
    created_at: d.created_at.toISOString(),
  };
}

/** GET /admin/webhooks/deliveries?status= and POST /admin/webhooks/deliveries/{id}/retry (a dead one). */
@Roles('admin')
@Controller('admin/webhooks/deliveries')
export class AdminWebhooksController {
  constructor(
    private readonly deliveries: PrismaWebhookDeliveries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(webhookDeliveryListQuerySchema, query, 'Invalid delivery filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    const result = await this.deliveries.list(q.status, page, perPage);
    return listEnvelope(result.items.map(presentDelivery), { page, perPage, total: result.total }, req.url);
  }

  @Post(':id/retry')
  @HttpCode(202)
  async retry(@Param('id') id: string) {
    const deliveryId = pathId(id, 'Webhook delivery');
    const outcome = await this.deliveries.retry(deliveryId, new Date(), this.config.webhooks.retryForMs);
    if (outcome === 'not_found') throw new ApiError(404, 'NOT_FOUND', 'No such webhook delivery');
    if (outcome === 'not_dead') throw new ApiError(409, 'INVALID_STATE', 'Only a dead delivery can be retried; this one is still pending or was delivered');
    return { data: presentDelivery((await this.deliveries.find(deliveryId))!) };
  }
}
