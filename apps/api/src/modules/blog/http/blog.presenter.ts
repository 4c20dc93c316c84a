import type { ProductSummaryView } from '@devgear/application';
import type { AdminBlogPostDto, BlogPostDto, BlogPostSummaryDto } from '@devgear/contracts';
import type { BlogPost } from '@devgear/domain';
import { presentSummary } from '../../catalog/catalog.public';

const cover = (post: BlogPost) => {
  const c = post.cover;
  return c ? { url: c.url, alt: c.alt } : null;
};

export function presentPostSummary(post: BlogPost): BlogPostSummaryDto {
  const s = post.toSnapshot();
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    excerpt: s.excerpt,
    tags: s.tags,
    cover_image: cover(post),
    author: { name: s.authorName },
    published_at: (s.publishedAt ?? s.updatedAt).toISOString(),
  };
}

export function presentPost(post: BlogPost, products: ProductSummaryView[]): BlogPostDto {
  return { ...presentPostSummary(post), body_html: post.toSnapshot().bodyHtml, products: products.map(presentSummary) };
}

export function presentAdminPost(post: BlogPost): AdminBlogPostDto {
  const s = post.toSnapshot();
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    excerpt: s.excerpt,
    body_markdown: s.bodyMarkdown,
    body_html: s.bodyHtml,
    tags: s.tags,
    status: s.status,
    product_ids: s.productIds,
    cover_image: cover(post),
    author: { name: s.authorName },
    published_at: s.publishedAt?.toISOString() ?? null,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}
