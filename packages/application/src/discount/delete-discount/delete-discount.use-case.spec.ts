import { checkoutTestKit, discountFixture, domainErrorOf } from '../../testing';
import { CreateDiscountUseCase } from '../create-discount/create-discount.use-case';
import { DeleteDiscountUseCase } from './delete-discount.use-case';

describe('DeleteDiscountUseCase', () => {
  it('archives the discount: its code stops working and can be reused; a second delete is 404', async () => {
    const kit = checkoutTestKit({ discounts: [discountFixture()] });
    const remove = new DeleteDiscountUseCase(kit);
    await remove.execute('d-save10');
    expect(kit.discounts.row('d-save10')?.archivedAt).toEqual(kit.clock.now());
    expect(await kit.discounts.findByCode('save10')).toBeNull();
    expect((await domainErrorOf(remove.execute('d-save10'))).kind).toBe('not_found');

    const again = await new CreateDiscountUseCase(kit, { storeCurrency: 'USD' }).execute({ code: 'SAVE10', type: 'percentage', value: 20 });
    expect((await kit.discounts.findByCode('SAVE10'))?.id).toBe(again.id);
  });
});
