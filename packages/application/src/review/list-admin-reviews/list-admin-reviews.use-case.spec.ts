import { communityTestKit, domainErrorOf } from '../../testing';
import { CreateReviewUseCase } from '../create-review/create-review.use-case';
import { ModerateReviewUseCase } from '../moderate-review/moderate-review.use-case';
import { ListAdminReviewsUseCase } from './list-admin-reviews.use-case';

describe('ListAdminReviewsUseCase', () => {
  it('lists every status newest first with author and product, filtered by status, product, rating or text', async () => {
    const kit = communityTestKit();
    const keyboard = await kit.addProduct('Keyboard');
    const mouse = await kit.addProduct('Mouse', { category: 'mice' });
    const ada = await kit.addUser('Ada');
    const create = new CreateReviewUseCase(kit);
    const first = await create.execute({ product: keyboard.id, authorId: ada.id, rating: 2, title: 'Loud', body: 'Too clicky for the office' });
    kit.clock.advance(1000);
    const second = await create.execute({ product: mouse.id, authorId: ada.id, rating: 5, title: 'Great', body: 'Light and precise' });
    await new ModerateReviewUseCase(kit).execute(first.id, 'hidden');
    const list = new ListAdminReviewsUseCase(kit);

    const all = await list.execute({ page: 1, perPage: 10 });
    expect(all.items.map((r) => [r.id, r.status, r.product.name, r.author.firstName])).toEqual([
      [second.id, 'visible', 'Mouse', 'Ada'],
      [first.id, 'hidden', 'Keyboard', 'Ada'],
    ]);
    expect((await list.execute({ status: 'hidden', page: 1, perPage: 10 })).items.map((r) => r.id)).toEqual([first.id]);
    expect((await list.execute({ productId: mouse.id, page: 1, perPage: 10 })).total).toBe(1);
    expect((await list.execute({ rating: 2, page: 1, perPage: 10 })).items.map((r) => r.id)).toEqual([first.id]);
    expect((await list.execute({ q: 'CLICKY', page: 1, perPage: 10 })).items.map((r) => r.id)).toEqual([first.id]);
    expect((await list.one(first.id)).author.email).toBe(ada.email);
    expect((await domainErrorOf(list.one('missing'))).kind).toBe('not_found');
  });
});
