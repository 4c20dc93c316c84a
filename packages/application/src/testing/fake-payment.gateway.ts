import type { Money } from '@devgear/domain';
import type { ChargeLookup, ChargeRequest, ChargeResult, PaymentGateway, RefundRequest, RefundResult } from '../ports/payment-gateway.port';
import { nextTick } from './next-tick';

/** What the next charges do. 'by_method' follows Stripe's test ids: pm_card_chargeDeclined declines, anything else succeeds. */
export type FakeChargeBehaviour = 'by_method' | 'succeed' | 'decline' | 'throw' | 'hang';

interface HungCall {
  request: ChargeRequest;
  resolve: (result: ChargeResult) => void;
  reject: (error: Error) => void;
}

/**
 * A payment provider double that counts every call. Like Stripe it is idempotent by key: a charge
 * or refund repeated with the same idempotency key returns the first answer and moves no money
 * again. It can succeed, decline, throw (an outage) or hang (a timeout) — a hung call can be
 * settled later, to play a provider that answers after the caller gave up.
 */
export class FakePaymentGateway implements PaymentGateway {
  readonly provider = 'fake';
  /** Every charge() call, in order. */
  readonly chargeCalls: ChargeRequest[] = [];
  /** Every refund() call, in order. */
  readonly refundCalls: RefundRequest[] = [];
  /** Money actually taken, by payment ref. */
  readonly captured = new Map<string, { orderId: string; amount: Money }>();
  /** Money actually given back, by payment ref. */
  readonly refunded = new Map<string, { orderId: string; amount: Money; refundRef: string }>();
  readonly hung: HungCall[] = [];
  /** Every findCharge() call, in order. */
  readonly findCalls: Array<{ orderId: string; idempotencyKey: string }> = [];
  /** Settled answers by charge key (what findCharge reports). */
  private readonly settledByKey = new Map<string, ChargeResult>();
  private findBehaviour: 'answer' | 'throw' = 'answer';

  private behaviour: FakeChargeBehaviour = 'by_method';
  private readonly queued: FakeChargeBehaviour[] = [];
  private refundBehaviour: 'succeed' | 'throw' = 'succeed';
  private readonly chargesByKey = new Map<string, Promise<ChargeResult>>();
  private readonly refundsByKey = new Map<string, RefundResult>();
  private sequence = 0;

  /** What every following charge does. */
  setBehaviour(behaviour: FakeChargeBehaviour): void {
    this.behaviour = behaviour;
  }

  /** What the next charge does (queued; then back to the standing behaviour). */
  nextCharge(behaviour: FakeChargeBehaviour): void {
    this.queued.push(behaviour);
  }

  setRefundBehaviour(behaviour: 'succeed' | 'throw'): void {
    this.refundBehaviour = behaviour;
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    this.chargeCalls.push(request);
    await nextTick();
    const earlier = this.chargesByKey.get(request.idempotencyKey);
    if (earlier) return earlier;
    const behaviour = this.queued.shift() ?? this.behaviour;
    const outcome = this.run(behaviour, request);
    // Only answers are remembered: an outage leaves nothing behind, so a retry may charge.
    if (behaviour !== 'throw') this.chargesByKey.set(request.idempotencyKey, outcome);
    return outcome;
  }

  /** What the provider knows of a charge: the answer of the call with that key, if it ever answered. */
  async findCharge(request: { orderId: string; idempotencyKey: string }): Promise<ChargeLookup> {
    this.findCalls.push(request);
    await nextTick();
    if (this.findBehaviour === 'throw') throw new Error('fake payment provider: lookup failed (provider unavailable)');
    const hung = this.hung.some((call) => call.request.idempotencyKey === request.idempotencyKey);
    const earlier = hung ? undefined : this.settledByKey.get(request.idempotencyKey);
    return earlier ?? { status: 'none' };
  }

  setFindBehaviour(behaviour: 'answer' | 'throw'): void {
    this.findBehaviour = behaviour;
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    this.refundCalls.push(request);
    await nextTick();
    const earlier = this.refundsByKey.get(request.idempotencyKey);
    if (earlier) return earlier;
    if (this.refundBehaviour === 'throw') throw new Error('fake payment provider: refund failed (provider unavailable)');
    if (!this.captured.has(request.paymentRef)) throw new Error(`fake payment provider: no captured payment ${request.paymentRef}`);
    if (this.refunded.has(request.paymentRef)) throw new Error(`fake payment provider: ${request.paymentRef} was already refunded`);
    const result = { refundRef: `re_fake_${++this.sequence}` };
    this.refunded.set(request.paymentRef, { orderId: request.orderId, amount: request.amount, refundRef: result.refundRef });
    this.refundsByKey.set(request.idempotencyKey, result);
    return result;
  }

  /** Settles the oldest hung charge as the provider finally answers. */
  settleHung(outcome: 'succeed' | 'decline' | 'throw'): ChargeRequest {
    const call = this.hung.shift();
    if (!call) throw new Error('no hung charge to settle');
    if (outcome === 'throw') call.reject(new Error('fake payment provider: connection reset'));
    else call.resolve(this.settle(outcome, call.request));
    return call.request;
  }

  /** How many charges moved money (not counting replays of one key). */
  get chargeCount(): number {
    return this.captured.size;
  }

  private run(behaviour: FakeChargeBehaviour, request: ChargeRequest): Promise<ChargeResult> {
    switch (behaviour) {
      case 'throw':
        return Promise.reject(new Error('fake payment provider: service unavailable'));
      case 'hang':
        return new Promise<ChargeResult>((resolve, reject) => this.hung.push({ request, resolve, reject }));
      case 'decline':
        return Promise.resolve(this.settle('decline', request));
      case 'succeed':
        return Promise.resolve(this.settle('succeed', request));
      case 'by_method':
        return Promise.resolve(this.settle(request.paymentMethod === 'pm_card_chargeDeclined' ? 'decline' : 'succeed', request));
    }
  }

  private settle(outcome: 'succeed' | 'decline', request: ChargeRequest): ChargeResult {
    const paymentRef = `pi_fake_${++this.sequence}`;
    const result: ChargeResult =
      outcome === 'decline' ? { status: 'declined', reason: 'Your card was declined', paymentRef } : { status: 'succeeded', paymentRef };
    if (outcome === 'succeed') this.captured.set(paymentRef, { orderId: request.orderId, amount: request.amount });
    this.settledByKey.set(request.idempotencyKey, result);
    return result;
  }
}
