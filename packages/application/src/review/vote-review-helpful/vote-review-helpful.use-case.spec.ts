import { communityTestKit, domainErrorOf } from '../../testing';
import { CreateReviewUseCase } from '../create-review/create-review.use-case';
import { ModerateReviewUseCase } from '../moderate-review/moderate-review.use-case';
import { VoteReviewHelpfulUseCase } from './vote-review-helpful.use-case';

describe('VoteReviewHelpfulUseCase', () => {
  it('counts one vote per customer, never the author, and hides hidden reviews', async () => {
    const kit = communityTestKit();
    const product = await kit.addProduct('Keyboard');
    const [ada, bob, cy] = await Promise.all(['Ada', 'Bob', 'Cy'].map((n) => kit.addUser(n)));
    const review = await new CreateReviewUseCase(kit).execute({ product: product.id, authorId: ada.id, rating: 5, title: 't', body: 'b' });
    const vote = new VoteReviewHelpfulUseCase(kit);

    expect(await vote.execute(review.id, bob.id)).toMatchObject({ counted: true, review: { helpfulCount: 1 } });
    expect(await vote.execute(review.id, bob.id)).toMatchObject({ counted: false, review: { helpfulCount: 1 } });
    expect(await vote.execute(review.id, cy.id)).toMatchObject({ counted: true, review: { helpfulCount: 2 } });
    expect((await domainErrorOf(vote.execute(review.id, ada.id))).kind).toBe('forbidden');

    await new ModerateReviewUseCase(kit).execute(review.id, 'hidden');
    expect((await domainErrorOf(vote.execute(review.id, cy.id))).kind).toBe('not_found');
  });
});
