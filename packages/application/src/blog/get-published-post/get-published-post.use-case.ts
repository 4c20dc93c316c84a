import { blogPostNotFound, type BlogPost } from '@devgear/domain';
import type { ProductSummaryView } from '../../ports/catalog-read-model.port';
import type { BlogDeps } from '../blog.deps';

/** GET /blog/posts/{slug}: a published post with its linked products as listing cards; drafts are 404. */
export class GetPublishedPostUseCase {
  constructor(private readonly deps: Pick<BlogDeps, 'posts' | 'catalog'>) {}

  async execute(slug: string): Promise<{ post: BlogPost; products: ProductSummaryView[] }> {
    const key = typeof slug === 'string' ? slug.trim() : '';
    const post = key ? await this.deps.posts.findBySlug(key) : null;
    if (!post || !post.isPublic) throw blogPostNotFound(key);
    const byId = new Map((await this.deps.catalog.getSummaries(post.productIds)).map((p) => [p.id, p]));
    return { post, products: post.productIds.flatMap((id) => (byId.has(id) ? [byId.get(id) as ProductSummaryView] : [])) };
  }
}
