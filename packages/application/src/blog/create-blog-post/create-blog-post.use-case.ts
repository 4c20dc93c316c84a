import { BlogPost } from '@devgear/domain';
import { assertLinkable, assertSlugFree, renderBody, type BlogDeps, type BlogPostInput } from '../blog.deps';

/**
 * POST /admin/blog/posts: the Markdown is rendered and sanitised by the server now and stored
 * with it; linked products must be visible; the author is the signed-in admin; a slug another
 * post has is 409.
 */
export class CreateBlogPostUseCase {
  constructor(private readonly deps: BlogDeps) {}

  async execute(authorId: string, input: BlogPostInput): Promise<BlogPost> {
    const author = await this.deps.users.loadUser(authorId);
    const post = BlogPost.create(
      {
        id: this.deps.ids.next(),
        author: { id: authorId, name: author ? `${author.firstName} ${author.lastName}` : 'DevGear' },
        title: input.title as string,
        slug: input.slug,
        excerpt: input.excerpt ?? '',
        body: renderBody(this.deps.markdown, input.bodyMarkdown as string),
        tags: input.tags ?? [],
        status: input.status ?? 'draft',
        productIds: input.productIds ?? [],
      },
      this.deps.clock.now(),
    );
    await assertLinkable(this.deps.products, post.productIds);
    await assertSlugFree(this.deps.posts, post);
    await this.deps.posts.save(post);
    return post;
  }
}
