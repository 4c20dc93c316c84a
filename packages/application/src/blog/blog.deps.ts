import { ContentErrorCodes, ContentLimits, DomainError, blogPostNotFound, blogSlugTaken, type BlogPost, type BlogPostStatus } from '@devgear/domain';
import type { BlogPostRepository } from '../ports/blog-post-repository.port';
import type { CatalogReadModel } from '../ports/catalog-read-model.port';
import type { Clock } from '../ports/clock.port';
import type { ErrorReporter } from '../ports/error-reporter.port';
import type { FileStorage } from '../ports/file-storage.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { MarkdownRenderer } from '../ports/markdown-renderer.port';
import type { ProductLookup } from '../ports/product-lookup.port';
import type { UserRepository } from '../ports/user-repository.port';

/** The ports the blog use cases share. */
export interface BlogDeps {
  posts: BlogPostRepository;
  markdown: MarkdownRenderer;
  products: ProductLookup;
  catalog: Pick<CatalogReadModel, 'getSummaries'>;
  users: Pick<UserRepository, 'loadUser'>;
  storage: FileStorage;
  ids: IdGenerator;
  clock: Clock;
  errors: ErrorReporter;
}

/** What an editor sends (POST and PATCH /admin/blog/posts); absent fields keep their value on PATCH. */
export interface BlogPostInput {
  title?: string;
  slug?: string;
  excerpt?: string;
  bodyMarkdown?: string;
  tags?: string[];
  status?: BlogPostStatus;
  productIds?: string[];
}

export async function requirePost(posts: BlogPostRepository, id: string): Promise<BlogPost> {
  const post = await posts.findById(id);
  if (!post) throw blogPostNotFound(id);
  return post;
}

/** The body as stored: the Markdown and what the renderer made of it (sanitised HTML, plain text). */
export function renderBody(markdown: MarkdownRenderer, text: string) {
  if (typeof text !== 'string' || text.length > ContentLimits.BODY_MAX * 4) return { markdown: text, html: '', text: '' };
  return { markdown: text, ...markdown.render(text) };
}

/** Linking a product needs it visible now; products linked before and archived since may stay. */
export async function assertLinkable(products: ProductLookup, productIds: readonly string[] | undefined, alreadyLinked: readonly string[] = []): Promise<void> {
  const fresh = (productIds ?? []).filter((id) => typeof id === 'string' && !alreadyLinked.includes(id));
  if (fresh.length === 0) return;
  const visible = new Set(await products.visibleIds(fresh));
  const missing = fresh.filter((id) => !visible.has(id));
  if (missing.length) {
    throw new DomainError(ContentErrorCodes.UNKNOWN_PRODUCT, 'A linked product does not exist or is no longer sold', 'validation', {
      product_ids: missing.map((id) => `no product ${id} in the catalog`),
    });
  }
}

export async function assertSlugFree(posts: BlogPostRepository, post: BlogPost): Promise<void> {
  if (await posts.slugTaken(post.slug, post.id)) throw blogSlugTaken(post.slug);
}
