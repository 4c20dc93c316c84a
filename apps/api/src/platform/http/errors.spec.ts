import { PaymentProviderError } from '@devgear/application';
import { errorBody, toApiError } from './errors';

describe('toApiError', () => {
  it('maps a failed payment provider to 503 SERVICE_UNAVAILABLE without leaking the provider error', () => {
    const err = new PaymentProviderError('Stripe did not answer', { cause: new Error('ETIMEDOUT api.stripe.com:443 sk_test_secret') });
    const { error, unexpected } = toApiError(err);
    expect(unexpected).toBe(false);
    expect(error.status).toBe(503);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/payment provider/i);
    const body = JSON.stringify(errorBody(error, 'req-1'));
    expect(body).not.toContain('ETIMEDOUT');
    expect(body).not.toContain('sk_test');
  });

  it('still treats an unknown error as a 500 INTERNAL', () => {
    const { error, unexpected } = toApiError(new Error('relation "orders" does not exist'));
    expect(unexpected).toBe(true);
    expect(error.status).toBe(500);
    expect(error.message).not.toContain('orders');
  });
});
