import { Controller, Headers, HttpCode, Inject, Logger, Post, Req } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ConfirmPaymentFromWebhookUseCase } from '@devgear/application';
import { StripePaymentGateway, toPaymentEvent } from '../../../adapters/stripe/stripe-payment.gateway';
import type { AppConfig } from '../../../platform/config/config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { ApiError } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';

/**
 * POST /payments/stripe/webhook. The signature is checked over the raw bytes; each event id is
 * processed once; a payment confirmed here and by the synchronous checkout converges on one
 * paid order whichever comes first. Without Stripe configured the route answers 404.
 * Not rate limited: Stripe retries in bursts, and an unsigned request costs one HMAC.
 */
@Public()
@SkipThrottle()
@Controller('payments/stripe')
export class StripeWebhookController {
  private readonly log = new Logger('StripeWebhook');

  constructor(
    private readonly confirmPayment: ConfirmPaymentFromWebhookUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('webhook')
  @HttpCode(200)
  async receive(@Req() req: FastifyRequest & { rawBody?: Buffer }, @Headers('stripe-signature') signature: string | undefined) {
    const stripe = this.config.stripe;
    if (!stripe) throw ApiError.notFound('Stripe is not configured on this shop');
    if (!signature) throw ApiError.validation({ 'stripe-signature': ['is required'] }, 'Missing Stripe-Signature header');
    if (!req.rawBody) throw ApiError.validation({ body: ['must be a JSON event'] }, 'The webhook body must be JSON');
    let event;
    try {
      event = StripePaymentGateway.verifyWebhook(req.rawBody, signature, stripe.webhookSecret);
    } catch {
      throw ApiError.validation({ 'stripe-signature': ['does not match this body'] }, 'The Stripe-Signature does not match this body');
    }
    const paymentEvent = toPaymentEvent(event);
    if (!paymentEvent) return { data: { received: true, event_id: event.id, outcome: 'ignored' } };
    const outcome = await this.confirmPayment.execute(paymentEvent);
    this.log.log(`Stripe event ${event.id} (${event.type}) for order ${paymentEvent.orderId}: ${outcome}`);
    return { data: { received: true, event_id: event.id, outcome } };
  }
}
