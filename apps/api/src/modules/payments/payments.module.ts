import { Module } from '@nestjs/common';
import type { PaymentGateway } from '@devgear/application';
import { LocalPaymentGateway } from '../../adapters/local/local-payment.gateway';
import { StripePaymentGateway } from '../../adapters/stripe/stripe-payment.gateway';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { PrismaService } from '../../platform/database/prisma.service';
import { PAYMENT_GATEWAY } from './payments.tokens';

/**
 * The payment provider, chosen once from the configuration: Stripe with STRIPE_SECRET_KEY
 * (STRIPE_API_URL points it at a double), the local provider otherwise. Checkout, refunds and the
 * recovery job charge through PAYMENT_GATEWAY; Stripe's webhook lands in ordering, whose use case
 * it drives.
 */
@Module({
  providers: [
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService): PaymentGateway => {
        if (!config.stripe) return new LocalPaymentGateway(prisma);
        const api = config.stripe.apiUrl ? new URL(config.stripe.apiUrl) : null;
        return new StripePaymentGateway({
          secretKey: config.stripe.secretKey,
          ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
        });
      },
    },
  ],
  exports: [PAYMENT_GATEWAY],
})
export class PaymentsModule {}
