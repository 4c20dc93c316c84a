import { paymentDeclined } from './ordering.errors';

describe('paymentDeclined', () => {
  it('reads as one sentence when the provider’s reason ends with its own full stop', () => {
    expect(paymentDeclined('Your card was declined.').message).toBe(
      'Payment declined: Your card was declined. Nothing was charged and your cart is unchanged.',
    );
  });

  it('says why in general words when the provider gives no reason', () => {
    expect(paymentDeclined('  ').message).toBe(
      'Payment declined: the payment was declined. Nothing was charged and your cart is unchanged.',
    );
  });
});
