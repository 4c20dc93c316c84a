import { requirePost, type BlogDeps } from '../blog.deps';

/** DELETE /admin/blog/posts/{id}: the post goes, then its cover file (a failure there is reported, not fatal). */
export class DeleteBlogPostUseCase {
  constructor(private readonly deps: Pick<BlogDeps, 'posts' | 'storage' | 'errors'>) {}

  async execute(postId: string): Promise<void> {
    const post = await requirePost(this.deps.posts, postId);
    await this.deps.posts.delete(post.id);
    const cover = post.cover;
    if (cover) await this.deps.storage.delete(cover.storageKey).catch((e) => this.deps.errors.report(e, { operation: 'blog.cover.delete', key: cover.storageKey }));
  }
}
