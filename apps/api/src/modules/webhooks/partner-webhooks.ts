import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { OrderDto } from '@devgear/contracts';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { BackgroundJobs } from '../../platform/jobs/background-jobs';
import { OutboxDelivery } from '../../platform/outbox/outbox.module';
import type { OutboxMessage } from '../../platform/outbox/outbox-dispatcher';
import { OrderPresenter, type OrderLookup } from '../ordering/ordering.public';
import { ORDER_LOOKUP } from '../ordering/ordering.tokens';
import { PrismaWebhookDeliveries } from './prisma-webhook-deliveries';
import { WebhookSender } from './webhook-sender';

/**
 * The order as it was when the event happened: the outbox may hand over 'order.shipped' after the
 * order was already delivered, and the partner must not read "shipped" with status "delivered".
 * The status and its history stop at the event (everything else an order gains later, such as a
 * shipment, only ever grows).
 */
export function orderAsOf(order: OrderDto, at: Date): OrderDto {
  const history = order.status_history.filter((h) => new Date(h.at).getTime() <= at.getTime());
  if (history.length === 0) return order;
  return { ...order, status: history[history.length - 1].status as OrderDto['status'], status_history: history };
}

/**
 * The partner webhooks' part of the event pipeline: for each order event some endpoint of
 * PARTNER_WEBHOOKS subscribes to, the outbox handler stores one delivery per endpoint (in the
 * outbox's transaction, so once per event), with the body `{ id, type, created_at, data: { order } }`
 * fixed there; the 'webhooks.deliver' job sends them (WebhookSender).
 */
@Injectable()
export class PartnerWebhooks implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxDelivery,
    private readonly jobs: BackgroundJobs,
    @Inject(ORDER_LOOKUP) private readonly orders: OrderLookup,
    private readonly deliveries: PrismaWebhookDeliveries,
    private readonly sender: WebhookSender,
    private readonly present: OrderPresenter,
  ) {}

  onModuleInit(): void {
    const endpoints = this.config.webhooks.endpoints;
    const types = new Set(endpoints.flatMap((e) => e.events));
    for (const type of types) this.outbox.dispatcher.on(type, (message) => this.enqueue(type, message));
    // Right after the outbox (order 0): a delivery stored this round goes out this round.
    if (endpoints.length > 0) this.jobs.register({ name: 'webhooks.deliver', order: 1, run: () => this.sender.run(() => this.jobs.stopping) });
  }

  private async enqueue(type: string, message: OutboxMessage): Promise<void> {
    const order = await this.orders.findById(message.aggregateId);
    if (!order) throw new Error(`order ${message.aggregateId} of ${type} ${message.id} not found`);
    const body = JSON.stringify({ id: message.id, type, created_at: message.occurredAt.toISOString(), data: { order: orderAsOf(await this.present.one(order), message.occurredAt) } });
    const targets = this.config.webhooks.endpoints.filter((e) => (e.events as string[]).includes(type));
    await this.deliveries.enqueue(
      targets.map((e) => ({ eventId: message.id, aggregateId: message.aggregateId, type, url: e.url, body, occurredAt: message.occurredAt })),
      new Date(),
      this.config.webhooks.retryForMs,
    );
  }
}
