import { ProductRating } from '@devgear/domain';
import { communityTestKit, domainErrorOf } from '../../testing';
import { CreateReviewUseCase } from '../create-review/create-review.use-case';
import { DeleteReviewUseCase } from '../delete-review/delete-review.use-case';
import { ModerateReviewUseCase } from './moderate-review.use-case';

async function setup() {
  const kit = communityTestKit();
  const product = await kit.addProduct('Keyboard');
  const create = new CreateReviewUseCase(kit);
  const reviews = [];
  for (const [name, rating] of [['Ada', 5], ['Bob', 2], ['Cy', 4]] as const) {
    const user = await kit.addUser(name);
    reviews.push(await create.execute({ product: product.id, authorId: user.id, rating, title: name, body: 'text' }));
  }
  return { kit, product, reviews, moderate: new ModerateReviewUseCase(kit), remove: new DeleteReviewUseCase(kit) };
}

describe('ModerateReviewUseCase and DeleteReviewUseCase', () => {
  it('keep the product rating equal to its visible reviews after hide, show and delete', async () => {
    const { kit, product, reviews, moderate, remove } = await setup();
    const rating = async () => (await kit.catalog.getProduct(product.id))?.rating;
    expect(await rating()).toEqual({ average: 3.67, count: 3 });

    expect((await moderate.execute(reviews[1].id, 'hidden')).status).toBe('hidden');
    expect(await rating()).toEqual({ average: 4.5, count: 2 });

    await moderate.execute(reviews[1].id, 'hidden'); // again: no change
    expect(await rating()).toEqual({ average: 4.5, count: 2 });

    await remove.execute(reviews[1].id); // a hidden review was out of the rating already
    expect(await rating()).toEqual({ average: 4.5, count: 2 });

    await remove.execute(reviews[0].id);
    expect(await rating()).toEqual({ average: 4, count: 1 });

    await moderate.execute(reviews[2].id, 'hidden');
    expect(await rating()).toEqual({ average: 0, count: 0 });
    await moderate.execute(reviews[2].id, 'visible');
    expect(await rating()).toEqual({ average: 4, count: 1 });
    expect(kit.reviews.rows.map((r) => r.id)).toEqual([reviews[2].id]);
  });

  it('stays exact when two moderators hide the same review at once', async () => {
    const { kit, product, reviews, moderate } = await setup();
    await Promise.all([moderate.execute(reviews[0].id, 'hidden'), moderate.execute(reviews[0].id, 'hidden')]);
    expect(kit.reviews.ratingOf(product.id).equals(ProductRating.ofStars([2, 4]))).toBe(true);
  });

  it('answers 404 for an unknown review, and a bad status names the field', async () => {
    const { reviews, moderate, remove } = await setup();
    expect((await domainErrorOf(moderate.execute('nope', 'hidden'))).code).toBe('REVIEW.NOT_FOUND');
    expect((await domainErrorOf(remove.execute('nope'))).kind).toBe('not_found');
    expect((await domainErrorOf(moderate.execute(reviews[0].id, 'gone' as never))).details).toEqual({ status: ['must be one of visible, hidden'] });
  });
});
