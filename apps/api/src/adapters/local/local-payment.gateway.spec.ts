import { Money } from '@devgear/domain';
import { LocalPaymentGateway } from './local-payment.gateway';

const request = (paymentMethod: string, idempotencyKey = 'order:o-1:charge') => ({
  orderId: 'o-1',
  orderNumber: 'DG-AAAAAA',
  amount: Money.of(5000, 'USD'),
  paymentMethod,
  idempotencyKey,
  customerEmail: null,
});

describe('LocalPaymentGateway (behaves like Stripe test mode)', () => {
  it('accepts pm_card_visa and declines pm_card_chargeDeclined', async () => {
    const g = new LocalPaymentGateway();
    expect(await g.charge(request('pm_card_visa'))).toMatchObject({ status: 'succeeded', paymentRef: expect.stringMatching(/^pi_local_/) });
    expect(await g.charge(request('pm_card_chargeDeclined', 'order:o-2:charge'))).toMatchObject({ status: 'declined', reason: 'Your card was declined.' });
  });

  it('gives the same answer to the same idempotency key', async () => {
    const g = new LocalPaymentGateway();
    const first = await g.charge(request('pm_card_visa', 'k'));
    expect(await g.charge(request('pm_card_chargeDeclined', 'k'))).toEqual(first);
  });

  it('declines unknown payment methods with a clear reason and refunds idempotently', async () => {
    const g = new LocalPaymentGateway();
    expect(await g.charge(request('pm_not_a_card'))).toMatchObject({ status: 'declined', reason: expect.stringContaining('not available') });
    const r1 = await g.refund({ orderId: 'o-1', paymentRef: 'pi_local_x', amount: Money.of(5000, 'USD'), idempotencyKey: 'order:o-1:refund' });
    const r2 = await g.refund({ orderId: 'o-1', paymentRef: 'pi_local_x', amount: Money.of(5000, 'USD'), idempotencyKey: 'order:o-1:refund' });
    expect(r2).toEqual(r1);
  });
});
