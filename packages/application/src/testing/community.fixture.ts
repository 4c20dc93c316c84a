import { User, type Product } from '@devgear/domain';
import type { Rating } from './in-memory-catalog.read-model';
import { InMemoryCatalogReadModel } from './in-memory-catalog.read-model';
import { InMemoryCategoryRepository } from './in-memory-category.repository';
import {
  FakeMarkdownRenderer,
  InMemoryBlogPostRepository,
  InMemoryCache,
  InMemoryFileStorage,
  InMemoryProductLookup,
  InMemoryPurchaseHistory,
  InMemoryWishlistRepository,
} from './in-memory-community.fakes';
import { InMemoryProductRepository } from './in-memory-product.repository';
import { InMemoryRecommendationSource } from './in-memory-recommendation.source';
import { InMemoryReviewStore } from './in-memory-review.store';
import { InMemoryUserRepository } from './in-memory-user.repository';
import { CollectingErrorReporter } from './collecting-error-reporter';
import { FixedClock } from './fixed-clock';
import { productFixture } from './product.fixture';
import { SequentialIdGenerator } from './sequential-id-generator';

/**
 * Every port the review, wishlist, blog and recommendation use cases need, as in-memory doubles
 * sharing one clock, one catalog and one ratings map (so the catalog shows what reviews did).
 */
export function communityTestKit(start: Date | string = '2026-03-01T09:00:00.000Z') {
  const users = new InMemoryUserRepository();
  const productRepo = new InMemoryProductRepository();
  const categories = new InMemoryCategoryRepository([
    { id: 'cat-keyboards', slug: 'keyboards', name: 'Keyboards', parentId: null },
    { id: 'cat-mice', slug: 'mice', name: 'Mice', parentId: null },
    { id: 'cat-cables', slug: 'cables', name: 'Cables', parentId: null },
  ]);
  const ratings = new Map<string, Rating>();
  const reviews = new InMemoryReviewStore(users, productRepo, ratings);
  const kit = {
    users,
    productRepo,
    categories,
    ratings,
    catalog: new InMemoryCatalogReadModel(productRepo, categories, ratings),
    reviews,
    read: reviews,
    products: new InMemoryProductLookup(productRepo),
    purchases: new InMemoryPurchaseHistory(),
    wishlists: new InMemoryWishlistRepository(productRepo),
    posts: new InMemoryBlogPostRepository(),
    markdown: new FakeMarkdownRenderer(),
    cache: new InMemoryCache(),
    source: new InMemoryRecommendationSource(productRepo, ratings),
    storage: new InMemoryFileStorage(),
    errors: new CollectingErrorReporter(),
    ids: new SequentialIdGenerator(0xc0),
    clock: new FixedClock(start),
  };

  let customers = 0;
  /** A stored customer (or admin) named `firstName`. */
  const addUser = async (firstName: string, role: 'customer' | 'admin' = 'customer'): Promise<User> => {
    customers += 1;
    const user = User.register(
      { id: `00000000-0000-4000-9000-${String(customers).padStart(12, '0')}`, email: `${firstName.toLowerCase()}.${customers}@example.com`, passwordHash: 'hash', firstName, lastName: 'Tester', role },
      kit.clock.now(),
    );
    await users.saveUser(user);
    return user;
  };

  let made = 0;
  /** A stored product of the category ('keyboards', 'mice', 'cables'). */
  const addProduct = async (name: string, options: { category?: string; available?: number; archived?: boolean } = {}): Promise<Product> => {
    made += 1;
    const product = productFixture({
      id: `00000000-0000-4000-a000-${String(made).padStart(12, '0')}`,
      name,
      categoryId: `cat-${options.category ?? 'keyboards'}`,
      variants: [{ price: 1000 * made, available: options.available ?? 5 }],
      archived: options.archived,
      createdAt: new Date(Date.UTC(2026, 0, made)),
    });
    await productRepo.save(product);
    return product;
  };

  return { ...kit, addUser, addProduct };
}

export type CommunityTestKit = ReturnType<typeof communityTestKit>;
