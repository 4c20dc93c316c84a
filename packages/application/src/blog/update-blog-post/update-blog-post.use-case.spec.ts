import { domainErrorOf } from '../../testing';
import { blogShop } from '../blog.fixture';
import { CreateBlogPostUseCase } from '../create-blog-post/create-blog-post.use-case';
import { UpdateBlogPostUseCase } from './update-blog-post.use-case';

describe('UpdateBlogPostUseCase', () => {
  it('re-renders a new body, publishes once, keeps a product archived since it was linked', async () => {
    const { kit, admin, keyboard, cable } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'Draft', bodyMarkdown: 'First.', productIds: [keyboard.id] });
    const update = new UpdateBlogPostUseCase(kit);

    kit.clock.advance(60_000);
    const published = await update.execute(post.id, { bodyMarkdown: 'Second.', status: 'published' });
    expect(published.toSnapshot()).toMatchObject({ bodyHtml: '<p>Second.</p>', excerpt: 'First.', status: 'published', publishedAt: kit.clock.now() });

    const k = (await kit.productRepo.findById(keyboard.id))!;
    k.archive(kit.clock.now());
    await kit.productRepo.save(k);
    kit.clock.advance(60_000);
    const renamed = await update.execute(post.id, { title: 'Final', productIds: [keyboard.id, cable.id] });
    expect(renamed.toSnapshot()).toMatchObject({ title: 'Final', slug: 'draft', productIds: [keyboard.id, cable.id] });
    expect(renamed.publishedAt).toEqual(published.publishedAt);
  });

  it('derives a blank excerpt from the current body', async () => {
    const { kit, admin } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'T', excerpt: 'Hand-written', bodyMarkdown: 'The body text.' });
    expect((await new UpdateBlogPostUseCase(kit).execute(post.id, { excerpt: '' })).toSnapshot().excerpt).toBe('The body text.');
  });

  it('is 404 for an unknown post, 409 for a slug another post has, 400 for a newly linked archived product', async () => {
    const { kit, admin, archived } = await blogShop();
    const create = new CreateBlogPostUseCase(kit);
    const a = await create.execute(admin.id, { title: 'A', bodyMarkdown: 'a' });
    await create.execute(admin.id, { title: 'B', bodyMarkdown: 'b' });
    const update = new UpdateBlogPostUseCase(kit);
    expect((await domainErrorOf(update.execute('missing', { title: 'x' }))).kind).toBe('not_found');
    expect((await domainErrorOf(update.execute(a.id, { slug: 'b' }))).kind).toBe('conflict');
    expect((await domainErrorOf(update.execute(a.id, { productIds: [archived.id] }))).code).toBe('CONTENT.UNKNOWN_PRODUCT');
    expect((await kit.posts.findById(a.id))?.slug).toBe('a');
  });
});
