import { DomainError } from '../shared/domain-error';
import { BlogPost, deriveExcerpt, normalizeTag, type CreateBlogPostProps, type RenderedBody } from './blog-post.aggregate';

const T0 = new Date('2026-03-01T00:00:00.000Z');
const T1 = new Date('2026-03-05T00:00:00.000Z');
const T2 = new Date('2026-03-09T00:00:00.000Z');

const body = (markdown: string): RenderedBody => ({ markdown, html: `<p>${markdown}</p>`, text: markdown });

const props = (overrides: Partial<CreateBlogPostProps> = {}): CreateBlogPostProps => ({
  id: 'post-1',
  title: 'Choosing Your First Mechanical Keyboard',
  excerpt: '',
  body: body('Linear, tactile or clicky? Here is how to choose.'),
  tags: ['Keyboards', 'buying guide', 'keyboards'],
  status: 'draft',
  productIds: ['p-1', 'p-2'],
  author: { id: 'admin-1', name: 'Grace Hopper' },
  ...overrides,
});

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('BlogPost.create', () => {
  it('derives the slug from the title and the excerpt from the text, normalises tags', () => {
    const post = BlogPost.create(props(), T0);
    const s = post.toSnapshot();
    expect(s.slug).toBe('choosing-your-first-mechanical-keyboard');
    expect(s.excerpt).toBe('Linear, tactile or clicky? Here is how to choose.');
    expect(s.tags).toEqual(['keyboards', 'buying-guide']);
    expect(s.bodyMarkdown).toBe('Linear, tactile or clicky? Here is how to choose.');
    expect(s.bodyHtml).toBe('<p>Linear, tactile or clicky? Here is how to choose.</p>');
    expect(s.authorName).toBe('Grace Hopper');
    expect(s.productIds).toEqual(['p-1', 'p-2']);
  });

  it('keeps a draft private: not public, never published', () => {
    const post = BlogPost.create(props(), T0);
    expect(post.status).toBe('draft');
    expect(post.isPublic).toBe(false);
    expect(post.publishedAt).toBeNull();
  });

  it('publishes at once when created as published', () => {
    const post = BlogPost.create(props({ status: 'published' }), T0);
    expect(post.isPublic).toBe(true);
    expect(post.publishedAt).toEqual(T0);
  });

  it('reports every broken rule at once, by field', () => {
    const error = errorOf(() =>
      BlogPost.create(
        props({
          title: ' ',
          slug: 'Not A Slug',
          excerpt: 'x'.repeat(501),
          body: body('   '),
          tags: ['ok', '!!!', ...Array.from({ length: 10 }, (_, i) => `t${i}`)],
          status: 'live' as never,
          productIds: ['p-1', 'p-1'],
        }),
        T0,
      ),
    );
    expect(error.code).toBe('CONTENT.INVALID_POST');
    expect(error.details).toEqual({
      title: ['must not be blank'],
      slug: ['must be lower-case letters and digits separated by single hyphens'],
      bodyMarkdown: ['must not be blank'],
      excerpt: ['must be at most 500 characters'],
      tags: ['must contain at most 10 tags'],
      'tags.1': ['must contain letters or digits'],
      status: ['must be one of draft, published'],
      productIds: ['must not name a product twice'],
    });
  });

  it('limits linked products', () => {
    const ids = Array.from({ length: 13 }, (_, i) => `p-${i}`);
    expect(errorOf(() => BlogPost.create(props({ productIds: ids }), T0)).details).toEqual({ productIds: ['must contain at most 12 products'] });
  });
});

describe('BlogPost.update and publishing', () => {
  it('stamps publishedAt on the first publish only; unpublishing hides it again', () => {
    const post = BlogPost.create(props(), T0);
    expect(post.update({ status: 'published' }, T1)).toBe(true);
    expect(post.isPublic).toBe(true);
    expect(post.publishedAt).toEqual(T1);

    expect(post.update({ title: 'Choosing a Mechanical Keyboard' }, T2)).toBe(true);
    expect(post.publishedAt).toEqual(T1); // a typo fix does not move it to the top
    expect(post.slug).toBe('choosing-your-first-mechanical-keyboard'); // renaming keeps links alive

    expect(post.update({ status: 'draft' }, T2)).toBe(true);
    expect(post.isPublic).toBe(false);
    expect(post.update({ status: 'published' }, T2)).toBe(true);
    expect(post.publishedAt).toEqual(T1);
  });

  it('changes nothing when nothing differs', () => {
    const post = BlogPost.create(props(), T0);
    expect(post.update({ title: 'Choosing Your First Mechanical Keyboard', tags: ['keyboards', 'Buying Guide'] }, T1)).toBe(false);
    expect(post.toSnapshot().updatedAt).toEqual(T0);
  });

  it('re-derives a blank excerpt from a new body, and keeps a given one', () => {
    const post = BlogPost.create(props({ excerpt: 'Hand-written.' }), T0);
    post.update({ body: body('A whole new text.') }, T1);
    expect(post.toSnapshot().excerpt).toBe('Hand-written.');
    post.update({ excerpt: '', body: body('Another text.') }, T1);
    expect(post.toSnapshot().excerpt).toBe('Another text.');
  });

  it('refuses a blank slug', () => {
    expect(errorOf(() => BlogPost.create(props(), T0).update({ slug: '  ' }, T1)).details).toEqual({ slug: ['must not be blank'] });
  });
});

describe('cover image', () => {
  it('replaces and removes the cover, answering the previous one (its file is to delete)', () => {
    const post = BlogPost.create(props(), T0);
    expect(post.setCover({ url: '/media/blog/a.png', alt: 'A desk', storageKey: 'blog/a.png' }, T1)).toBeNull();
    expect(post.setCover({ url: '/media/blog/b.png', alt: 'Another desk', storageKey: 'blog/b.png' }, T1)).toEqual({ url: '/media/blog/a.png', alt: 'A desk', storageKey: 'blog/a.png' });
    expect(post.cover?.storageKey).toBe('blog/b.png');
    expect(post.removeCover(T2)?.storageKey).toBe('blog/b.png');
    expect(post.cover).toBeNull();
    expect(post.removeCover(T2)).toBeNull();
  });

  it('needs alt text', () => {
    expect(errorOf(() => BlogPost.create(props(), T0).setCover({ url: '/x.png', alt: ' ', storageKey: 'x.png' }, T1)).details).toEqual({ alt: ['must not be blank'] });
  });
});

describe('helpers', () => {
  it('normalises tags to slugs', () => {
    expect(normalizeTag('  Mechanical Keyboards ')).toBe('mechanical-keyboards');
    expect(normalizeTag('C++')).toBe('c');
    expect(normalizeTag('???')).toBeNull();
  });

  it('cuts a long excerpt at a word boundary', () => {
    const text = 'word '.repeat(100);
    const excerpt = deriveExcerpt(text, 22);
    expect(excerpt).toBe('word word word word…');
    expect(deriveExcerpt('Short.')).toBe('Short.');
  });
});
