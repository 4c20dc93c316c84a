import { issuesToDetails } from './common';
import { createBlogPostSchema, updateBlogPostSchema } from './blog';
import { adminReviewListQuerySchema, createReviewSchema, reviewListQuerySchema } from './reviews';
import { humanText } from './text-input';
import { addWishlistItemSchema } from './wishlist';

const detailsOf = (result: { success: boolean; error?: { issues: Parameters<typeof issuesToDetails>[0] } }) => (result.success ? {} : issuesToDetails(result.error!.issues));

describe('humanText', () => {
  const title = humanText({ min: 1, max: 5 });
  it('trims, counts characters as people do, and refuses blanks', () => {
    expect(title.parse('  abc ')).toBe('abc');
    expect(title.parse('🙂🙂🙂🙂🙂')).toBe('🙂🙂🙂🙂🙂');
    expect(title.safeParse('abcdef').success).toBe(false);
    expect(detailsOf(title.safeParse('   '))).toEqual({ _: ['must not be blank'] });
  });

  it('refuses NUL and unpaired surrogates, naming the problem', () => {
    expect(detailsOf(title.safeParse('a\u0000b'))).toEqual({ _: ['must not contain the NUL character'] });
    expect(detailsOf(title.safeParse('a\ud800b'))).toEqual({ _: ['must be valid Unicode text (no unpaired surrogates)'] });
    expect(detailsOf(title.safeParse('\udc00'))).toEqual({ _: ['must be valid Unicode text (no unpaired surrogates)'] });
  });
});

describe('review schemas', () => {
  it('takes a rating of whole stars 1..5 with a title and body, nothing else', () => {
    expect(createReviewSchema.parse({ rating: 5, title: ' Great ', body: 'Works.' })).toEqual({ rating: 5, title: 'Great', body: 'Works.' });
    expect(detailsOf(createReviewSchema.safeParse({ rating: 4.5, title: '', body: 'x'.repeat(5001), extra: 1 }))).toEqual({
      rating: ['must be a whole number of stars from 1 to 5'],
      title: ['must not be blank'],
      body: ['must be at most 5000 characters'],
      extra: ['is not a known field'],
    });
    expect(Object.keys(detailsOf(createReviewSchema.safeParse({ rating: 0, title: 't', body: 'b' })))).toEqual(['rating']);
    expect(Object.keys(detailsOf(createReviewSchema.safeParse({ rating: 6, title: 't', body: 'b' })))).toEqual(['rating']);
  });

  it('validates list and moderation queries', () => {
    expect(reviewListQuerySchema.parse({ sort: 'helpful', page: '2' })).toEqual({ sort: 'helpful', page: 2 });
    expect(Object.keys(detailsOf(reviewListQuerySchema.safeParse({ sort: 'best' })))).toEqual(['sort']);
    expect(Object.keys(detailsOf(adminReviewListQuerySchema.safeParse({ status: 'gone', rating: '9', product_id: 'x' })))).toEqual(['status', 'product_id', 'rating']);
  });
});

describe('wishlist and blog schemas', () => {
  it('needs a product id', () => {
    expect(Object.keys(detailsOf(addWishlistItemSchema.safeParse({ product_id: 'keyboard' })))).toEqual(['product_id']);
  });

  it('defaults a new post to a draft without tags or products, and refuses an empty PATCH', () => {
    expect(createBlogPostSchema.parse({ title: 'T', body_markdown: 'B' })).toEqual({ title: 'T', body_markdown: 'B', excerpt: '', tags: [], status: 'draft', product_ids: [] });
    expect(Object.keys(detailsOf(createBlogPostSchema.safeParse({ title: 'T', body_markdown: ' ', status: 'live', product_ids: ['x'] })))).toEqual(['body_markdown', 'status', 'product_ids.0']);
    expect(updateBlogPostSchema.safeParse({}).success).toBe(false);
    expect(updateBlogPostSchema.parse({ status: 'published' })).toEqual({ status: 'published' });
  });
});
