import { Money } from '@devgear/domain';
import type { ChargeRequest } from '../ports/payment-gateway.port';
import { FakePaymentGateway } from './fake-payment.gateway';

const charge = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => ({
  orderId: 'o-1',
  orderNumber: 'DG-22222223',
  amount: Money.of(1000, 'USD'),
  paymentMethod: 'pm_card_visa',
  idempotencyKey: 'order:o-1:charge',
  customerEmail: null,
  ...overrides,
});

describe('FakePaymentGateway', () => {
  it("follows Stripe's test payment methods and counts every call", async () => {
    const gateway = new FakePaymentGateway();
    await expect(gateway.charge(charge())).resolves.toMatchObject({ status: 'succeeded' });
    await expect(gateway.charge(charge({ idempotencyKey: 'k2', paymentMethod: 'pm_card_chargeDeclined' }))).resolves.toMatchObject({ status: 'declined' });
    expect(gateway.chargeCalls).toHaveLength(2);
    expect(gateway.chargeCount).toBe(1);
  });

  it('is idempotent by key like Stripe: a repeated charge answers the same and takes no money again', async () => {
    const gateway = new FakePaymentGateway();
    const first = await gateway.charge(charge());
    const second = await gateway.charge(charge());
    expect(second).toEqual(first);
    expect(gateway.chargeCalls).toHaveLength(2);
    expect(gateway.chargeCount).toBe(1);
  });

  it('can fail, and a failed call leaves nothing behind for the key', async () => {
    const gateway = new FakePaymentGateway();
    gateway.nextCharge('throw');
    await expect(gateway.charge(charge())).rejects.toThrow(/unavailable/);
    await expect(gateway.charge(charge())).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('can hang until told how the provider finally answered', async () => {
    const gateway = new FakePaymentGateway();
    gateway.nextCharge('hang');
    const pending = gateway.charge(charge());
    while (gateway.hung.length === 0) await new Promise((r) => setImmediate(r));
    expect(gateway.settleHung('succeed').orderId).toBe('o-1');
    await expect(pending).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('refunds captured payments once per key, and can fail refunds', async () => {
    const gateway = new FakePaymentGateway();
    const result = await gateway.charge(charge());
    if (result.status !== 'succeeded') throw new Error('expected a success');
    const request = { orderId: 'o-1', paymentRef: result.paymentRef, amount: Money.of(1000, 'USD'), idempotencyKey: 'order:o-1:refund' };
    gateway.setRefundBehaviour('throw');
    await expect(gateway.refund(request)).rejects.toThrow(/refund failed/);
    gateway.setRefundBehaviour('succeed');
    const refund = await gateway.refund(request);
    expect(await gateway.refund(request)).toEqual(refund);
    expect(gateway.refunded.size).toBe(1);
    await expect(gateway.refund({ ...request, paymentRef: 'pi_unknown', idempotencyKey: 'x' })).rejects.toThrow(/no captured payment/);
  });
});
