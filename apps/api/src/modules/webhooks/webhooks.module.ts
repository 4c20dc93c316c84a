import { Module } from '@nestjs/common';
import { OrderingModule } from '../ordering/ordering.module';
import { AdminSystemController } from './http/admin-system.controller';
import { AdminWebhooksController } from './http/admin-webhooks.controller';
import { PartnerWebhooks } from './partner-webhooks';
import { PrismaWebhookDeliveries } from './prisma-webhook-deliveries';
import { WebhookSender } from './webhook-sender';

/** Outbound partner webhooks (PARTNER_WEBHOOKS) and the back office's view of the event pipeline. */
@Module({
  imports: [OrderingModule],
  controllers: [AdminWebhooksController, AdminSystemController],
  providers: [PrismaWebhookDeliveries, WebhookSender, PartnerWebhooks],
})
export class WebhooksModule {}
