import { checkoutTestKit, discountFixture, domainErrorOf } from '../../testing';
import { ListDiscountsUseCase } from './list-discounts.use-case';

describe('ListDiscountsUseCase', () => {
  it('lists live discounts newest first, searches codes, and includes deleted ones on request', async () => {
    const older = discountFixture({ id: 'd-1', code: 'SPRING' });
    const newer = discountFixture({ id: 'd-2', code: 'SUMMER' });
    const kit = checkoutTestKit({ discounts: [older] });
    kit.clock.advance(1000);
    await kit.discounts.save(newer);
    const gone = discountFixture({ id: 'd-3', code: 'GONE' });
    gone.archive(kit.clock.now());
    await kit.discounts.save(gone);

    const list = new ListDiscountsUseCase(kit);
    expect((await list.execute({ page: 1, perPage: 10 })).items.map((d) => d.code).sort()).toEqual(['SPRING', 'SUMMER']);
    expect((await list.execute({ q: 'sum', page: 1, perPage: 10 })).items.map((d) => d.code)).toEqual(['SUMMER']);
    expect((await list.execute({ includeArchived: true, page: 1, perPage: 10 })).total).toBe(3);
    expect((await list.get('d-3')).isArchived).toBe(true);
    expect((await domainErrorOf(list.get('nope'))).kind).toBe('not_found');
    expect(Object.keys((await domainErrorOf(list.execute({ page: 0, perPage: 500 }))).details ?? {})).toEqual(['page', 'perPage']);
  });
});
