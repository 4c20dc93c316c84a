import { domainErrorOf } from '../../testing';
import { blogShop } from '../blog.fixture';
import { CreateBlogPostUseCase } from '../create-blog-post/create-blog-post.use-case';
import { ListBlogPostsUseCase } from './list-blog-posts.use-case';

describe('ListBlogPostsUseCase', () => {
  it('lists published posts newest first (by tag too); admins see drafts, filter by status and text', async () => {
    const { kit, admin } = await blogShop();
    const create = new CreateBlogPostUseCase(kit);
    const first = await create.execute(admin.id, { title: 'First', bodyMarkdown: 'x', status: 'published', tags: ['Keyboards'] });
    kit.clock.advance(1000);
    const draft = await create.execute(admin.id, { title: 'Draft', bodyMarkdown: 'x', tags: ['keyboards'] });
    kit.clock.advance(1000);
    const second = await create.execute(admin.id, { title: 'Second', bodyMarkdown: 'x', status: 'published', tags: ['desks'] });
    const list = new ListBlogPostsUseCase(kit);

    const pub = await list.published({});
    expect([pub.items.map((p) => p.id), pub.total, pub.perPage]).toEqual([[second.id, first.id], 2, 12]);
    expect((await list.published({ tag: ' KEYBOARDS ' })).items.map((p) => p.id)).toEqual([first.id]);
    expect((await list.published({ tag: '!!!' })).total).toBe(0);
    expect((await list.published({ page: 2, perPage: 1 })).items.map((p) => p.id)).toEqual([first.id]);

    expect((await list.forAdmin({})).items.map((p) => p.id)).toEqual([second.id, draft.id, first.id]);
    expect((await list.forAdmin({ status: 'draft' })).items.map((p) => p.id)).toEqual([draft.id]);
    expect((await list.forAdmin({ q: 'SEC' })).items.map((p) => p.id)).toEqual([second.id]);
    expect((await list.one(draft.id)).status).toBe('draft');
    expect((await domainErrorOf(list.one('nope'))).kind).toBe('not_found');
  });
});
