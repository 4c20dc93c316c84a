import { communityTestKit, domainErrorOf } from '../../testing';
import { CreateReviewUseCase } from './create-review.use-case';

async function setup() {
  const kit = communityTestKit();
  const keyboard = await kit.addProduct('Split Keyboard');
  const ada = await kit.addUser('Ada');
  const create = new CreateReviewUseCase(kit);
  const write = (authorId: string, rating: number, product = keyboard.id) => create.execute({ product, authorId, rating, title: 'Worth it', body: 'My wrists thank me.' });
  return { kit, keyboard, ada, create, write };
}

describe('CreateReviewUseCase', () => {
  it('stores a visible review and moves the product rating the shop shows', async () => {
    const { kit, keyboard, ada, write } = await setup();
    const review = await write(ada.id, 4);
    expect(review).toMatchObject({ productId: keyboard.id, authorFirstName: 'Ada', rating: 4, status: 'visible', verifiedPurchase: false, helpfulCount: 0, createdAt: kit.clock.now() });
    expect(kit.reviews.rows[0]).toMatchObject({ id: review.id, authorId: ada.id, title: 'Worth it', body: 'My wrists thank me.' });
    expect((await kit.catalog.getProduct(keyboard.slug))?.rating).toEqual({ average: 4, count: 1 });

    const bob = await kit.addUser('Bob');
    await write(bob.id, 5);
    expect((await kit.catalog.getSummaries([keyboard.id]))[0].rating).toEqual({ average: 4.5, count: 2 });
  });

  it('marks a verified purchase only when the author has a paid order with the product', async () => {
    const { kit, keyboard, ada, write } = await setup();
    const bob = await kit.addUser('Bob');
    kit.purchases.record(ada.id, keyboard.id);
    const mouse = await kit.addProduct('Mouse', { category: 'mice' });
    kit.purchases.record(bob.id, mouse.id); // bought something else
    expect((await write(ada.id, 5)).verifiedPurchase).toBe(true);
    expect((await write(bob.id, 5)).verifiedPurchase).toBe(false);
  });

  it('takes the product by slug too', async () => {
    const { keyboard, ada, write } = await setup();
    expect((await write(ada.id, 3, keyboard.slug)).productId).toBe(keyboard.id);
  });

  it('allows one review per customer and product: a second one is 409 and leaves the rating alone', async () => {
    const { kit, keyboard, ada, write } = await setup();
    await write(ada.id, 2);
    const error = await domainErrorOf(write(ada.id, 5));
    expect([error.kind, error.code]).toEqual(['conflict', 'REVIEW.ALREADY_REVIEWED']);
    expect(kit.reviews.ratingOf(keyboard.id).toJSON()).toEqual({ average: 2, count: 1 });
    // another product is fine
    const other = await kit.addProduct('Other');
    await expect(write(ada.id, 5, other.id)).resolves.toBeDefined();
  });

  it('keeps one review when the same customer posts twice at once', async () => {
    const { kit, keyboard, ada, write } = await setup();
    const results = await Promise.allSettled([write(ada.id, 5), write(ada.id, 1)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(kit.reviews.rows).toHaveLength(1);
    expect(kit.reviews.ratingOf(keyboard.id).count).toBe(1);
  });

  it('is 404 for an unknown or archived product', async () => {
    const { kit, ada, write } = await setup();
    const archived = await kit.addProduct('Gone', { archived: true });
    for (const product of ['no-such-product', archived.id, '']) {
      const error = await domainErrorOf(write(ada.id, 5, product));
      expect([error.kind, error.code]).toEqual(['not_found', 'CATALOG.PRODUCT_NOT_FOUND']);
    }
  });

  it('refuses bad input with the field named, storing nothing', async () => {
    const { kit, keyboard, ada, create } = await setup();
    const error = await domainErrorOf(create.execute({ product: keyboard.id, authorId: ada.id, rating: 6, title: '', body: 'ok' }));
    expect(error.details).toEqual({ rating: ['must be a whole number of stars from 1 to 5'], title: ['must not be blank'] });
    expect(kit.reviews.rows).toHaveLength(0);
  });
});
