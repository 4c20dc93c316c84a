import { checkoutTestKit, domainErrorOf } from '../../testing';
import { CreateDiscountUseCase } from './create-discount.use-case';

function setup() {
  const kit = checkoutTestKit();
  return { kit, create: new CreateDiscountUseCase(kit, { storeCurrency: 'USD' }) };
}

describe('CreateDiscountUseCase', () => {
  it('creates a percentage discount with the code upper-cased', async () => {
    const { kit, create } = setup();
    const discount = await create.execute({ code: 'spring-25', type: 'percentage', value: 25, usageLimit: 100, perCustomerLimit: 1 });
    expect(discount.code).toBe('SPRING-25');
    expect(discount.percentOff).toBe(25);
    expect(kit.discounts.row(discount.id)).toMatchObject({ code: 'SPRING-25', usageLimit: 100, perCustomerLimit: 1, timesUsed: 0 });
    expect(discount.createdAt).toEqual(kit.clock.now());
  });

  it('creates a fixed discount from wire money, with a minimum subtotal', async () => {
    const { create } = setup();
    const discount = await create.execute({
      code: 'TENOFF',
      type: 'fixed',
      value: { amount: 1000, currency: 'USD' },
      minSubtotal: { amount: 5000, currency: 'USD' },
      startsAt: new Date('2025-03-01T00:00:00Z'),
      endsAt: new Date('2025-04-01T00:00:00Z'),
    });
    expect(discount.amountOff?.toJSON()).toEqual({ amount: 1000, currency: 'USD' });
    expect(discount.minSubtotal?.amount).toBe(5000);
  });

  it('refuses money in another currency than the store currency, and bad money', async () => {
    const { create } = setup();
    const error = await domainErrorOf(
      create.execute({ code: 'EURO', type: 'fixed', value: { amount: 1000, currency: 'EUR' }, minSubtotal: { amount: 1.5, currency: 'USD' } }),
    );
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ value: ['must be in USD, the store currency'], minSubtotal: ['must be a whole number of minor units'] });
  });

  it('reports a percentage given as money, or a fixed value given as a number', async () => {
    const { create } = setup();
    expect((await domainErrorOf(create.execute({ code: 'PCT', type: 'percentage', value: { amount: 10, currency: 'USD' } }))).details).toEqual({
      value: ['must be a whole number from 1 to 100 for a percentage discount'],
    });
    expect((await domainErrorOf(create.execute({ code: 'FIX', type: 'fixed', value: 10 }))).details).toEqual({ value: ['must be a money amount for a fixed discount'] });
  });

  it('refuses a code a live discount has (409), in any case, even when two admins create it at once', async () => {
    const { kit, create } = setup();
    await create.execute({ code: 'SAVE10', type: 'percentage', value: 10 });
    const error = await domainErrorOf(create.execute({ code: 'save10', type: 'percentage', value: 15 }));
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual({ code: ['is already used by another discount'] });

    const results = await Promise.allSettled([
      create.execute({ code: 'RACE', type: 'percentage', value: 5 }),
      create.execute({ code: 'race', type: 'percentage', value: 6 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await kit.discounts.list({ q: 'RACE', page: 1, perPage: 10 })).total).toBe(1);
  });
});
