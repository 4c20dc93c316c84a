import { domainErrorOf } from '../../testing';
import { blogShop } from '../blog.fixture';
import { CreateBlogPostUseCase } from './create-blog-post.use-case';

describe('CreateBlogPostUseCase', () => {
  it('stores a draft with the server-rendered body, the author, a derived slug and excerpt', async () => {
    const { kit, admin, keyboard, cable } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, {
      title: 'Why Split Keyboards?',
      bodyMarkdown: 'Your shoulders will thank you.\n\nA **split** layout keeps wrists straight.',
      tags: ['Ergonomics'],
      productIds: [keyboard.id, cable.id],
    });
    const s = post.toSnapshot();
    expect(s).toMatchObject({ slug: 'why-split-keyboards', status: 'draft', authorName: 'Grace Tester', authorId: admin.id, tags: ['ergonomics'], productIds: [keyboard.id, cable.id], publishedAt: null });
    expect(kit.markdown.calls).toEqual(['Your shoulders will thank you.\n\nA **split** layout keeps wrists straight.']);
    expect(s.bodyHtml).toBe('<p>Your shoulders will thank you.</p>\n<p>A split layout keeps wrists straight.</p>');
    expect(s.excerpt).toBe('Your shoulders will thank you. A split layout keeps wrists straight.');
    expect(kit.posts.rows).toHaveLength(1);
  });

  it('publishes at once when asked, stamping the time', async () => {
    const { kit, admin } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'Live', bodyMarkdown: 'Now.', status: 'published' });
    expect(post.publishedAt).toEqual(kit.clock.now());
  });

  it('refuses unknown or archived products (400 naming them), and a taken slug (409)', async () => {
    const { kit, admin, archived } = await blogShop();
    const create = new CreateBlogPostUseCase(kit);
    const bad = await domainErrorOf(create.execute(admin.id, { title: 'T', bodyMarkdown: 'B', productIds: [archived.id, 'nope'] }));
    expect([bad.kind, bad.code]).toEqual(['validation', 'CONTENT.UNKNOWN_PRODUCT']);
    expect(bad.details?.product_ids).toEqual([`no product ${archived.id} in the catalog`, 'no product nope in the catalog']);

    await create.execute(admin.id, { title: 'Same Title', bodyMarkdown: 'B' });
    const taken = await domainErrorOf(create.execute(admin.id, { title: 'Same title!', bodyMarkdown: 'C' }));
    expect([taken.kind, taken.details]).toEqual(['conflict', { slug: ['is already used by another post'] }]);
    expect(kit.posts.rows).toHaveLength(1);
  });

  it('reports bad input by field', async () => {
    const { kit, admin } = await blogShop();
    const error = await domainErrorOf(new CreateBlogPostUseCase(kit).execute(admin.id, { title: '', bodyMarkdown: '', status: 'live' as never }));
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['bodyMarkdown', 'status', 'title']);
  });
});
