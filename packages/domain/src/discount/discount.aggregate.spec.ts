import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import { Discount, type CreateDiscountProps } from './discount.aggregate';

const T0 = new Date('2025-03-01T00:00:00.000Z');
const usd = (amount: number) => Money.of(amount, 'USD');

function props(overrides: Partial<CreateDiscountProps> = {}): CreateDiscountProps {
  return { id: 'd-1', code: 'save10', type: 'percentage', value: 10, ...overrides };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

function stored(overrides: Partial<CreateDiscountProps> = {}, timesUsed = 0): Discount {
  return Discount.restore({ ...Discount.create(props(overrides), T0).toSnapshot(), timesUsed });
}

describe('Discount.create', () => {
  it('stores the code upper-case and defaults to active with no limits', () => {
    const discount = Discount.create(props({ code: '  Spring-Sale_25 ' }), T0);
    expect(discount.code).toBe('SPRING-SALE_25');
    expect(discount.type).toBe('percentage');
    expect(discount.percentOff).toBe(10);
    expect(discount.amountOff).toBeNull();
    expect(discount.active).toBe(true);
    expect(discount.usageLimit).toBeNull();
    expect(discount.perCustomerLimit).toBeNull();
    expect(discount.timesUsed).toBe(0);
    expect(discount.createdAt).toEqual(T0);
  });

  it('keeps a fixed amount and its minimum subtotal', () => {
    const discount = Discount.create(props({ type: 'fixed', value: usd(1500), minSubtotal: usd(5000) }), T0);
    expect(discount.amountOff?.toJSON()).toEqual({ amount: 1500, currency: 'USD' });
    expect(discount.value).toEqual(usd(1500));
    expect(discount.minSubtotal?.amount).toBe(5000);
  });

  it('reports every broken rule at once, by field', () => {
    const error = errorOf(() =>
      Discount.create(
        {
          id: 'd-1',
          code: 'no spaces!',
          type: 'percentage',
          value: 12.5,
          minSubtotal: usd(-1),
          startsAt: new Date('2025-05-01T00:00:00Z'),
          endsAt: new Date('2025-04-01T00:00:00Z'),
          usageLimit: 0,
          perCustomerLimit: 1.5,
        },
        T0,
      ),
    );
    expect(error.code).toBe('DISCOUNT.INVALID');
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['code', 'endsAt', 'minSubtotal', 'perCustomerLimit', 'usageLimit', 'value']);
    expect(error.details?.value).toEqual(['must be a whole number from 1 to 100 for a percentage discount']);
  });

  it.each([
    ['AB', 'must be 3 to 32 characters long'],
    ['A'.repeat(33), 'must be 3 to 32 characters long'],
    ['SAVE 10', "must contain only letters, digits, '_' and '-'"],
    ['ÄPFEL', "must contain only letters, digits, '_' and '-'"],
    ['   ', 'must not be blank'],
  ])('rejects the code %p', (code, problem) => {
    expect(errorOf(() => Discount.create(props({ code }), T0)).details).toEqual({ code: [problem] });
  });

  it.each([0, 101, -5, 33.3])('rejects a percentage of %p', (value) => {
    expect(errorOf(() => Discount.create(props({ value }), T0)).details?.value).toHaveLength(1);
  });

  it('accepts the percentage bounds 1 and 100', () => {
    expect(Discount.create(props({ value: 1 }), T0).percentOff).toBe(1);
    expect(Discount.create(props({ value: 100 }), T0).percentOff).toBe(100);
  });

  it('rejects a fixed discount without a positive money value, or a minimum in another currency', () => {
    expect(errorOf(() => Discount.create(props({ type: 'fixed', value: 10 }), T0)).details?.value).toEqual(['must be a money amount for a fixed discount']);
    expect(errorOf(() => Discount.create(props({ type: 'fixed', value: usd(0) }), T0)).details?.value).toHaveLength(1);
    expect(errorOf(() => Discount.create(props({ type: 'fixed', value: usd(100), minSubtotal: Money.of(100, 'EUR') }), T0)).details).toEqual({
      minSubtotal: ['must be in USD like the value'],
    });
  });

  it('rejects an unknown type', () => {
    expect(errorOf(() => Discount.create(props({ type: 'bogo' as never }), T0)).details).toEqual({ type: ['must be one of percentage, fixed'] });
  });
});

describe('Discount.evaluate', () => {
  it.each([
    [10, 1999, 200], // 199.9
    [15, 1999, 300], // 299.85
    [10, 5, 1], // 0.5 rounds up
    [10, 4, 0], // 0.4 rounds down
    [25, 10, 3], // 2.5 rounds up (not to even)
    [33, 1000, 330],
    [50, 1, 1], // 0.5
    [100, 12345, 12345],
  ])('%p%% of %p is %p (half-up to the minor unit)', (pct, subtotal, expected) => {
    expect(stored({ value: pct }).evaluate(usd(subtotal), T0, 0).amount).toBe(expected);
  });

  it('takes a fixed amount off, never more than the subtotal', () => {
    const discount = stored({ type: 'fixed', value: usd(1500) });
    expect(discount.evaluate(usd(4000), T0, 0).amount).toBe(1500);
    expect(discount.evaluate(usd(900), T0, 0).amount).toBe(900);
  });

  function reason(discount: Discount, subtotal = usd(10_000), at = T0, usage = 0): DomainError {
    const error = errorOf(() => discount.evaluate(subtotal, at, usage));
    expect(error.kind).toBe('invalid_discount');
    expect(error.details?.code).toEqual([error.message]);
    return error;
  }

  it('is not valid before it starts (inclusive start) or from its end on (exclusive end)', () => {
    const discount = stored({ startsAt: new Date('2025-03-10T00:00:00Z'), endsAt: new Date('2025-03-20T00:00:00Z') });
    const early = reason(discount, usd(1000), new Date('2025-03-09T23:59:59.999Z'));
    expect(early.code).toBe('DISCOUNT.NOT_YET_VALID');
    expect(early.message).toBe('Discount code SAVE10 is not valid until 2025-03-10T00:00:00.000Z');
    expect(discount.evaluate(usd(1000), new Date('2025-03-10T00:00:00Z'), 0).amount).toBe(100);
    expect(discount.evaluate(usd(1000), new Date('2025-03-19T23:59:59.999Z'), 0).amount).toBe(100);
    const late = reason(discount, usd(1000), new Date('2025-03-20T00:00:00Z'));
    expect(late.code).toBe('DISCOUNT.EXPIRED');
    expect(late.message).toContain('expired');
  });

  it('is exhausted once used usage_limit times', () => {
    expect(stored({ usageLimit: 3 }, 2).evaluate(usd(1000), T0, 0).amount).toBe(100);
    const error = reason(stored({ usageLimit: 3 }, 3));
    expect(error.code).toBe('DISCOUNT.EXHAUSTED');
    expect(error.message).toBe('Discount code SAVE10 has been used up');
  });

  it('refuses a customer who used it per_customer_limit times already', () => {
    expect(stored({ perCustomerLimit: 2 }).evaluate(usd(1000), T0, 1).amount).toBe(100);
    const error = reason(stored({ perCustomerLimit: 2 }), usd(1000), T0, 2);
    expect(error.code).toBe('DISCOUNT.ALREADY_USED');
    expect(error.message).toContain('2 times per customer');
    expect(reason(stored({ perCustomerLimit: 1 }), usd(1000), T0, 1).message).toContain('once per customer');
  });

  it('needs the minimum subtotal (inclusive)', () => {
    const discount = stored({ minSubtotal: usd(5000) });
    expect(discount.evaluate(usd(5000), T0, 0).amount).toBe(500);
    const error = reason(discount, usd(4999));
    expect(error.code).toBe('DISCOUNT.BELOW_MINIMUM');
    expect(error.message).toContain('at least 50.00 USD; this cart has 49.99 USD');
  });

  it('does not apply to a subtotal in another currency', () => {
    expect(reason(stored({ type: 'fixed', value: usd(100) }), Money.of(10_000, 'EUR')).code).toBe('DISCOUNT.NOT_APPLICABLE');
  });

  it('is inactive while paused, and unknown once archived', () => {
    expect(reason(stored({ active: false })).code).toBe('DISCOUNT.INACTIVE');
    const archived = stored();
    archived.archive(T0);
    const error = reason(archived);
    expect(error.code).toBe('DISCOUNT.UNKNOWN');
    expect(error.message).toBe('Discount code SAVE10 does not exist');
  });
});

describe('Discount.update and archive', () => {
  it('changes the given fields, keeps the others, and reports whether anything changed', () => {
    const discount = stored({ usageLimit: 5 }, 4);
    const later = new Date('2025-03-02T00:00:00Z');
    expect(discount.update({ code: 'save10' }, later)).toBe(false);
    expect(discount.update({ type: 'fixed', value: usd(700), usageLimit: null }, later)).toBe(true);
    expect(discount.type).toBe('fixed');
    expect(discount.amountOff?.amount).toBe(700);
    expect(discount.percentOff).toBeNull();
    expect(discount.usageLimit).toBeNull();
    expect(discount.code).toBe('SAVE10');
    expect(discount.timesUsed).toBe(4);
    expect(discount.updatedAt).toEqual(later);
  });

  it('validates the merged definition: switching type needs a value of that type', () => {
    const error = errorOf(() => stored().update({ type: 'fixed' }, T0));
    expect(error.details).toEqual({ value: ['must be a money amount for a fixed discount'] });
  });

  it('refuses to clear a required field with null', () => {
    expect(errorOf(() => stored().update({ code: null as never }, T0)).details).toEqual({ code: ['must not be blank'] });
  });

  it('cannot be edited once archived; archiving twice keeps the first time', () => {
    const discount = stored();
    discount.archive(T0);
    discount.archive(new Date('2025-04-01T00:00:00Z'));
    expect(discount.archivedAt).toEqual(T0);
    expect(errorOf(() => discount.update({ value: 20 }, T0)).kind).toBe('not_found');
  });

  it('round-trips through its snapshot', () => {
    const discount = Discount.create(
      props({ type: 'fixed', value: usd(250), minSubtotal: usd(1000), startsAt: T0, endsAt: new Date('2025-12-31T00:00:00Z'), usageLimit: 10, perCustomerLimit: 1 }),
      T0,
    );
    expect(Discount.restore(discount.toSnapshot()).toSnapshot()).toEqual(discount.toSnapshot());
  });
});
