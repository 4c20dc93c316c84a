import { Review } from '@devgear/domain';
import { buildDemoCatalog } from './demo-catalog.data';
import { buildDemoReviews, DEMO_CUSTOMERS, DEMO_POSTS } from './demo-community.data';

describe('demo community data', () => {
  const { products } = buildDemoCatalog();
  const reviews = buildDemoReviews(products);

  it('is deterministic', () => {
    expect(buildDemoReviews(products)).toEqual(reviews);
  });

  it('reviews most products, a few not at all, one review per customer and product', () => {
    const reviewed = new Set(reviews.map((r) => r.productSlug));
    expect(reviewed.size).toBeGreaterThan(products.length * 0.75);
    expect(reviewed.size).toBeLessThan(products.length);
    const pairs = reviews.map((r) => `${r.productSlug}:${r.customer}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const texts = reviews.map((r) => `${r.productSlug}:${r.body}`);
    expect(new Set(texts).size).toBe(texts.length); // no two reviews of a product say the same
    for (const r of reviews) expect(r.customer).toBeLessThan(DEMO_CUSTOMERS.length);
  });

  it('writes valid, varied reviews that the domain accepts', () => {
    for (const [i, r] of reviews.entries()) {
      expect(() => Review.create({ id: `r${i}`, productId: 'p', authorId: 'a', rating: r.rating, title: r.title, body: r.body, verifiedPurchase: false }, new Date())).not.toThrow();
      expect(r.body).not.toMatch(/\{name\}|\{brand\}|undefined|\s{2}/);
    }
    const ratings = new Set(reviews.map((r) => r.rating));
    expect([...ratings].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(reviews.map((r) => r.body)).size).toBeGreaterThan(reviews.length * 0.5);
    const mean = reviews.reduce((n, r) => n + r.rating, 0) / reviews.length;
    expect(mean).toBeGreaterThan(3.6);
    expect(mean).toBeLessThan(4.6);
  });

  it('has demo customers with unique, valid emails, and posts that link catalog products', () => {
    expect(new Set(DEMO_CUSTOMERS.map((c) => c.email)).size).toBe(DEMO_CUSTOMERS.length);
    for (const c of DEMO_CUSTOMERS) expect(c.email).toMatch(/^[a-z]+\.[a-z]+@demo\.devgear\.example$/);
    for (const post of DEMO_POSTS) {
      for (const ref of post.products) expect(products.filter((p) => p.categorySlug === ref.category)[ref.index]).toBeDefined();
    }
  });
});
