import { checkoutTestKit, discountFixture, domainErrorOf } from '../../testing';
import { UpdateDiscountUseCase } from './update-discount.use-case';

function setup() {
  const kit = checkoutTestKit({ discounts: [discountFixture({ usageLimit: 10 }), discountFixture({ id: 'd-other', code: 'OTHER' })] });
  return { kit, update: new UpdateDiscountUseCase(kit, { storeCurrency: 'USD' }) };
}

describe('UpdateDiscountUseCase', () => {
  it('changes the given fields, clears optional ones with null and keeps the usage count', async () => {
    const { kit, update } = setup();
    await kit.discounts.redeem({ discountId: 'd-save10', customerId: 'u-1', orderId: 'o-1', usageLimit: 10, perCustomerLimit: null, at: kit.clock.now() });
    const discount = await update.execute('d-save10', { type: 'fixed', value: { amount: 700, currency: 'USD' }, usageLimit: null });
    expect(discount.type).toBe('fixed');
    expect(discount.amountOff?.amount).toBe(700);
    expect(kit.discounts.row('d-save10')).toMatchObject({ type: 'fixed', usageLimit: null, timesUsed: 1 });
  });

  it("refuses another discount's code (409) and unknown or deleted discounts (404)", async () => {
    const { kit, update } = setup();
    expect((await domainErrorOf(update.execute('d-save10', { code: 'other' }))).kind).toBe('conflict');
    expect((await domainErrorOf(update.execute('nope', { value: 20 }))).kind).toBe('not_found');
    const archived = await kit.discounts.findById('d-other');
    archived?.archive(kit.clock.now());
    if (archived) await kit.discounts.save(archived);
    expect((await domainErrorOf(update.execute('d-other', { value: 20 }))).kind).toBe('not_found');
  });

  it('validates the result as a whole', async () => {
    const { update } = setup();
    expect((await domainErrorOf(update.execute('d-save10', { value: 150 }))).details).toEqual({
      value: ['must be a whole number from 1 to 100 for a percentage discount'],
    });
  });
});
