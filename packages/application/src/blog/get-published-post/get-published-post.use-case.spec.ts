import { domainErrorOf } from '../../testing';
import { blogShop } from '../blog.fixture';
import { CreateBlogPostUseCase } from '../create-blog-post/create-blog-post.use-case';
import { UpdateBlogPostUseCase } from '../update-blog-post/update-blog-post.use-case';
import { GetPublishedPostUseCase } from './get-published-post.use-case';

describe('GetPublishedPostUseCase', () => {
  it('hides drafts (404) and shows a published post with its products as cards, in the linked order', async () => {
    const { kit, admin, keyboard, cable } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'Desk setup', bodyMarkdown: 'Cables!', productIds: [cable.id, keyboard.id] });
    const get = new GetPublishedPostUseCase(kit);
    const draft = await domainErrorOf(get.execute('desk-setup'));
    expect([draft.kind, draft.code]).toEqual(['not_found', 'CONTENT.POST_NOT_FOUND']);

    await new UpdateBlogPostUseCase(kit).execute(post.id, { status: 'published' });
    const shown = await get.execute('desk-setup');
    expect(shown.post.id).toBe(post.id);
    expect(shown.products.map((p) => p.name)).toEqual(['Coiled Cable', 'Split Keyboard']);

    // unpublished again: gone from the public
    await new UpdateBlogPostUseCase(kit).execute(post.id, { status: 'draft' });
    expect((await domainErrorOf(get.execute('desk-setup'))).kind).toBe('not_found');
    expect((await domainErrorOf(get.execute('no-such-post'))).kind).toBe('not_found');
  });

  it('leaves out linked products archived since', async () => {
    const { kit, admin, keyboard, cable } = await blogShop();
    await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'P', bodyMarkdown: 'b', status: 'published', productIds: [keyboard.id, cable.id] });
    const k = (await kit.productRepo.findById(keyboard.id))!;
    k.archive(kit.clock.now());
    await kit.productRepo.save(k);
    expect((await new GetPublishedPostUseCase(kit).execute('p')).products.map((p) => p.id)).toEqual([cable.id]);
  });
});
