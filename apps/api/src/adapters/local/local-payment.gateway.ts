import { createHash } from 'node:crypto';
import type { ChargeLookup, ChargeRequest, ChargeResult, PaymentGateway, RefundRequest, RefundResult } from '@devgear/application';
import type { PrismaService } from '../../platform/database/prisma.service';
import { sql, type Sql } from '../../platform/database/sql';

/**
 * The zero-config payment provider. It answers Stripe's test payment methods the way Stripe test
 * mode does (pm_card_visa succeeds, pm_card_chargeDeclined is declined) and, like Stripe, gives the
 * same answer to the same idempotency key. Like a real provider it keeps its own books
 * (`local_charges`, `local_refunds`), written apart from the shop's transactions: what it answered
 * survives a crash of the shop, so a checkout cut off after the charge can ask it what happened.
 */
export class LocalPaymentGateway implements PaymentGateway {
  readonly provider = 'local';

  /** Its statements go to the pool, outside any unit of work: the provider's books never roll back with the shop's. */
  constructor(private readonly prisma: PrismaService) {}

  private async run<T extends object>(statement: Sql): Promise<T[]> {
    const { text, values } = statement.toQuery();
    return (await this.prisma.pool.query(text, values)).rows as T[];
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const result = answer(request);
    const inserted = await this.run(sql`
      INSERT INTO local_charges (idempotency_key, order_id, status, payment_ref, reason, amount, currency)
      VALUES (${request.idempotencyKey}, ${request.orderId}::uuid, ${result.status}, ${result.paymentRef}, ${result.status === 'declined' ? result.reason : null},
              ${request.amount.amount}, ${request.amount.currency})
      ON CONFLICT (idempotency_key) DO NOTHING RETURNING 1`);
    if (inserted.length === 1) return result;
    // The key was used before (or by a concurrent call that committed first): its answer stands.
    const earlier = await this.findCharge(request);
    if (earlier.status === 'none') throw new Error(`local payment provider: charge ${request.idempotencyKey} vanished`);
    return earlier;
  }

  async findCharge(request: { orderId: string; idempotencyKey: string }): Promise<ChargeLookup> {
    const [row] = await this.run<ChargeRow>(sql`SELECT status, payment_ref, reason FROM local_charges WHERE idempotency_key = ${request.idempotencyKey}`);
    return row ? toResult(row) : { status: 'none' };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const refundRef = `re_local_${digest(request.idempotencyKey)}`;
    await this.run(sql`
      INSERT INTO local_refunds (idempotency_key, order_id, payment_ref, refund_ref, amount)
      VALUES (${request.idempotencyKey}, ${request.orderId}::uuid, ${request.paymentRef}, ${refundRef}, ${request.amount.amount})
      ON CONFLICT (idempotency_key) DO NOTHING`);
    const [row] = await this.run<{ refund_ref: string }>(sql`SELECT refund_ref FROM local_refunds WHERE idempotency_key = ${request.idempotencyKey}`);
    return { refundRef: row.refund_ref };
  }
}

interface ChargeRow {
  status: string;
  payment_ref: string | null;
  reason: string | null;
}

function answer(request: ChargeRequest): ChargeResult {
  const ref = `pi_local_${digest(request.idempotencyKey)}`;
  switch (request.paymentMethod) {
    case 'pm_card_visa':
    case 'pm_card_mastercard':
    case 'pm_card_amex':
      return { status: 'succeeded', paymentRef: ref };
    case 'pm_card_chargeDeclined':
      return { status: 'declined', reason: 'Your card was declined.', paymentRef: ref };
    default:
      return { status: 'declined', reason: 'This payment method is not available in the local test mode.', paymentRef: null };
  }
}

function toResult(row: ChargeRow): ChargeResult {
  if (row.status === 'succeeded' && row.payment_ref) return { status: 'succeeded', paymentRef: row.payment_ref };
  return { status: 'declined', reason: row.reason ?? 'Your card was declined.', paymentRef: row.payment_ref };
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 24);
}
