import { communityTestKit, domainErrorOf } from '../../testing';
import { CreateReviewUseCase } from '../create-review/create-review.use-case';
import { ModerateReviewUseCase } from '../moderate-review/moderate-review.use-case';
import { ListProductReviewsUseCase } from './list-product-reviews.use-case';

describe('ListProductReviewsUseCase', () => {
  it('lists visible reviews newest first, sorts and pages them, and answers the viewer her own review even hidden', async () => {
    const kit = communityTestKit();
    const product = await kit.addProduct('Keyboard');
    const create = new CreateReviewUseCase(kit);
    const people = await Promise.all(['Ada', 'Bob', 'Cy', 'Di'].map((n) => kit.addUser(n)));
    const stars = [3, 5, 1, 4];
    const ids: string[] = [];
    for (const [i, person] of people.entries()) {
      kit.clock.advance(60_000);
      ids.push((await create.execute({ product: product.id, authorId: person.id, rating: stars[i], title: `T${i}`, body: 'Body' })).id);
    }
    await new ModerateReviewUseCase(kit).execute(ids[3], 'hidden');
    const list = new ListProductReviewsUseCase(kit);

    const newest = await list.execute({ product: product.slug });
    expect(newest.items.map((r) => r.authorFirstName)).toEqual(['Cy', 'Bob', 'Ada']);
    expect([newest.total, newest.page, newest.perPage, newest.own]).toEqual([3, 1, 10, null]);
    expect((await list.execute({ product: product.id, sort: 'rating_desc' })).items.map((r) => r.rating)).toEqual([5, 3, 1]);
    expect((await list.execute({ product: product.id, sort: 'rating_asc' })).items.map((r) => r.rating)).toEqual([1, 3, 5]);
    const page2 = await list.execute({ product: product.id, page: 2, perPage: 2 });
    expect([page2.items.map((r) => r.authorFirstName), page2.total]).toEqual([['Ada'], 3]);

    const di = await list.execute({ product: product.id, viewerId: people[3].id });
    expect(di.own).toMatchObject({ id: ids[3], status: 'hidden', rating: 4 });
    expect(di.items.map((r) => r.id)).not.toContain(ids[3]);
  });

  it('sorts by helpful votes', async () => {
    const kit = communityTestKit();
    const product = await kit.addProduct('Keyboard');
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((n) => kit.addUser(n)));
    const create = new CreateReviewUseCase(kit);
    const first = await create.execute({ product: product.id, authorId: a.id, rating: 4, title: 'a', body: 'a' });
    const second = await create.execute({ product: product.id, authorId: b.id, rating: 4, title: 'b', body: 'b' });
    await kit.reviews.addHelpfulVote(first.id, c.id);
    const list = await new ListProductReviewsUseCase(kit).execute({ product: product.id, sort: 'helpful' });
    expect(list.items.map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('is 404 for a product the shop does not show', async () => {
    const kit = communityTestKit();
    const archived = await kit.addProduct('Gone', { archived: true });
    expect((await domainErrorOf(new ListProductReviewsUseCase(kit).execute({ product: archived.id }))).kind).toBe('not_found');
  });
});
