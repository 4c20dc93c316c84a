import { domainErrorOf } from '../../testing';
import { blogShop } from '../blog.fixture';
import { CreateBlogPostUseCase } from '../create-blog-post/create-blog-post.use-case';
import { DeleteBlogPostUseCase } from './delete-blog-post.use-case';

describe('DeleteBlogPostUseCase', () => {
  it('deletes the post (drafts too), and is 404 the second time', async () => {
    const { kit, admin } = await blogShop();
    const post = await new CreateBlogPostUseCase(kit).execute(admin.id, { title: 'Bye', bodyMarkdown: 'x' });
    const remove = new DeleteBlogPostUseCase(kit);
    await remove.execute(post.id);
    expect(kit.posts.rows).toHaveLength(0);
    expect((await domainErrorOf(remove.execute(post.id))).code).toBe('CONTENT.POST_NOT_FOUND');
  });
});
