import { discount, usd } from '@/testing/admin-fixtures';
import { defaultWindow, windowFromParams } from './analytics-window';
import { discountChanges, discountFormValues, discountToWire } from './discount-form';
import { allowedActions } from './order-status';

describe('allowedActions', () => {
  it('follows the order machine', () => {
    const targets = (status: string) => allowedActions(status).map((a) => a.target);
    expect(targets('pending')).toEqual(['cancelled']);
    expect(targets('paid')).toEqual(['packed', 'cancelled']);
    expect(targets('packed')).toEqual(['shipped']);
    expect(targets('shipped')).toEqual(['delivered']);
    for (const done of ['delivered', 'cancelled', 'refunded', 'unknown']) expect(targets(done)).toEqual([]);
  });
});

describe('analytics window', () => {
  const now = new Date('2026-11-03T22:00:00.000Z');
  it('defaults to the last 30 UTC days, today included', () => {
    expect(defaultWindow(now)).toEqual({ from: '2026-10-05', to: '2026-11-03' });
  });
  it('takes a valid window from the URL and ignores a broken one', () => {
    expect(windowFromParams(new URLSearchParams('from=2026-01-01&to=2026-01-31'), now)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    for (const bad of ['from=2026-02-30&to=2026-03-01', 'from=2026-03-01&to=2026-02-01', 'from=2024-01-01&to=2026-01-01', 'to=2026-01-01']) {
      expect(windowFromParams(new URLSearchParams(bad), now)).toEqual(defaultWindow(now));
    }
  });
});

describe('discount form', () => {
  it('round-trips a fixed discount through the form without floating-point money', () => {
    const d = discount({ type: 'fixed', value: usd(1999), min_subtotal: usd(5000), usage_limit: 10 });
    const values = discountFormValues(d);
    expect(values).toMatchObject({ value: '19.99', min_subtotal: '50', usage_limit: 10 });
    const wire = discountToWire(values);
    expect(wire).toMatchObject({ type: 'fixed', value: usd(1999), min_subtotal: usd(5000) });
    expect(discountChanges(d, wire)).toEqual({});
  });

  it('sends a changed type with its value, and a code change regardless of case only when it differs', () => {
    const d = discount();
    const wire = discountToWire({ ...discountFormValues(d), code: 'spring25', type: 'fixed', value: '0.10' });
    expect(discountChanges(d, wire)).toEqual({ type: 'fixed', value: usd(10) });
    expect(discountChanges(d, discountToWire({ ...discountFormValues(d), code: 'summer' }))).toEqual({ code: 'SUMMER' });
  });
});
