import type { BlogPost, UpdateBlogPostProps } from '@devgear/domain';
import { assertLinkable, assertSlugFree, renderBody, requirePost, type BlogDeps, type BlogPostInput } from '../blog.deps';

/** PATCH /admin/blog/posts/{id}: the fields given replace the current ones (a new body is rendered again). */
export class UpdateBlogPostUseCase {
  constructor(private readonly deps: BlogDeps) {}

  async execute(postId: string, input: BlogPostInput): Promise<BlogPost> {
    const post = await requirePost(this.deps.posts, postId);
    const current = post.toSnapshot();
    const changes: UpdateBlogPostProps = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.slug !== undefined) changes.slug = input.slug;
    if (input.excerpt !== undefined) changes.excerpt = input.excerpt;
    if (input.tags !== undefined) changes.tags = input.tags;
    if (input.status !== undefined) changes.status = input.status;
    if (input.productIds !== undefined) changes.productIds = input.productIds;
    // A blank excerpt is derived from the body's text, so the body is rendered for it too.
    if (input.bodyMarkdown !== undefined || input.excerpt === '') {
      changes.body = renderBody(this.deps.markdown, input.bodyMarkdown ?? current.bodyMarkdown);
    }
    const changed = post.update(changes, this.deps.clock.now());
    if (!changed) return post;
    await assertLinkable(this.deps.products, input.productIds, current.productIds);
    await assertSlugFree(this.deps.posts, post);
    await this.deps.posts.save(post);
    return post;
  }
}
