import { domainErrorOf } from '../../testing';
import { blogShop, PNG } from '../blog.fixture';
import { CreateBlogPostUseCase } from '../create-blog-post/create-blog-post.use-case';
import { DeleteBlogPostUseCase } from '../delete-blog-post/delete-blog-post.use-case';
import { BlogCoverUseCase } from './blog-cover.use-case';

async function setup() {
  const shop = await blogShop();
  const post = await new CreateBlogPostUseCase(shop.kit).execute(shop.admin.id, { title: 'Covered', bodyMarkdown: 'x' });
  return { ...shop, post, cover: new BlogCoverUseCase(shop.kit) };
}

describe('BlogCoverUseCase', () => {
  it('stores the cover through the file storage and deletes the one it replaces', async () => {
    const { kit, post, cover } = await setup();
    const first = (await cover.set(post.id, { bytes: PNG, alt: ' A tidy desk ' })).cover!;
    expect(first).toMatchObject({ alt: 'A tidy desk', url: `/media/${first.storageKey}` });
    expect(first.storageKey).toMatch(new RegExp(`^blog/${post.id}/.+\\.png$`));
    expect(kit.storage.files.get(first.storageKey)?.contentType).toBe('image/png');

    const second = (await cover.set(post.id, { bytes: PNG, alt: 'Another' })).cover!;
    expect([...kit.storage.files.keys()]).toEqual([second.storageKey]);
    expect((await kit.posts.findById(post.id))?.cover?.storageKey).toBe(second.storageKey);

    await cover.remove(post.id);
    expect(kit.storage.files.size).toBe(0);
    expect((await kit.posts.findById(post.id))?.cover).toBeNull();
  });

  it('refuses what is not an image, or no alt text, storing nothing', async () => {
    const { kit, post, cover } = await setup();
    const error = await domainErrorOf(cover.set(post.id, { bytes: new TextEncoder().encode('<script>'), alt: '' }));
    expect(error.details).toEqual({ alt: ['is required: describe the image for people who cannot see it'], file: ['must be a JPEG, PNG or WebP image (judged by its content, not its name)'] });
    expect(kit.storage.files.size).toBe(0);
  });

  it('removes the uploaded file again when the post cannot be saved', async () => {
    const { kit, post, cover } = await setup();
    kit.posts.save = async () => {
      throw new Error('database down');
    };
    await expect(cover.set(post.id, { bytes: PNG, alt: 'x' })).rejects.toThrow('database down');
    expect(kit.storage.files.size).toBe(0);
  });

  it('a post deleted with its cover takes the file along; a failing delete is reported, not fatal', async () => {
    const { kit, post, cover } = await setup();
    await cover.set(post.id, { bytes: PNG, alt: 'x' });
    kit.storage.failDeletes = true;
    await new DeleteBlogPostUseCase(kit).execute(post.id);
    expect(kit.posts.rows).toHaveLength(0);
    expect(kit.errors.reports.map((r) => r.context.operation)).toEqual(['blog.cover.delete']);
    expect((await domainErrorOf(new DeleteBlogPostUseCase(kit).execute(post.id))).kind).toBe('not_found');
  });
});
