import { normalizeTag, type BlogPost, type BlogPostStatus } from '@devgear/domain';
import { requirePost, type BlogDeps } from '../blog.deps';

interface Page {
  page?: number;
  perPage?: number;
}

type Listing = { items: BlogPost[]; total: number; page: number; perPage: number };

/** GET /blog/posts (published only, newest first, ?tag=) and GET /admin/blog/posts (drafts included). */
export class ListBlogPostsUseCase {
  constructor(private readonly deps: Pick<BlogDeps, 'posts'>) {}

  async published(query: Page & { tag?: string }): Promise<Listing> {
    const page = query.page ?? 1;
    const perPage = query.perPage ?? 12;
    const tag = query.tag === undefined ? undefined : normalizeTag(query.tag);
    if (query.tag !== undefined && !tag) return { items: [], total: 0, page, perPage };
    return { ...(await this.deps.posts.list({ publishedOnly: true, tag: tag ?? undefined, page, perPage })), page, perPage };
  }

  async forAdmin(query: Page & { status?: BlogPostStatus; q?: string }): Promise<Listing> {
    const page = query.page ?? 1;
    const perPage = query.perPage ?? 20;
    return { ...(await this.deps.posts.list({ status: query.status, q: query.q?.trim() || undefined, page, perPage })), page, perPage };
  }

  /** GET /admin/blog/posts/{id}: any status. */
  one(id: string): Promise<BlogPost> {
    return requirePost(this.deps.posts, id);
  }
}
