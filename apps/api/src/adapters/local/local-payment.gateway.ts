import { createHash } from 'node:crypto';
import type { ChargeRequest, ChargeResult, PaymentGateway, RefundRequest, RefundResult } from '@devgear/application';

/**
 * The zero-config payment provider. It answers Stripe's test payment methods the way
 * Stripe test mode does (pm_card_visa succeeds, pm_card_chargeDeclined is declined) and,
 * like Stripe, gives the same answer to the same idempotency key.
 */
export class LocalPaymentGateway implements PaymentGateway {
  readonly provider = 'local';
  private readonly answers = new Map<string, ChargeResult>();
  private readonly refunds = new Map<string, RefundResult>();

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const previous = this.answers.get(request.idempotencyKey);
    if (previous) return previous;
    const ref = `pi_local_${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 24)}`;
    let result: ChargeResult;
    switch (request.paymentMethod) {
      case 'pm_card_visa':
      case 'pm_card_mastercard':
      case 'pm_card_amex':
        result = { status: 'succeeded', paymentRef: ref };
        break;
      case 'pm_card_chargeDeclined':
        result = { status: 'declined', reason: 'Your card was declined.', paymentRef: ref };
        break;
      default:
        result = { status: 'declined', reason: 'This payment method is not available in the local test mode.', paymentRef: null };
    }
    this.answers.set(request.idempotencyKey, result);
    return result;
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const previous = this.refunds.get(request.idempotencyKey);
    if (previous) return previous;
    const result = { refundRef: `re_local_${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 24)}` };
    this.refunds.set(request.idempotencyKey, result);
    return result;
  }
}
