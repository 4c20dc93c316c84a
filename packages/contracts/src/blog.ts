import { z } from 'zod';
import type { ProductSummaryDto } from './catalog';
import { paginationQuerySchema, type ListEnvelope } from './common';
import { humanText } from './text-input';

export const BLOG_POST_STATUSES = ['draft', 'published'] as const;
export type BlogPostStatusDto = (typeof BLOG_POST_STATUSES)[number];

export const BLOG_LIMITS = { TITLE_MAX: 200, EXCERPT_MAX: 500, BODY_MAX: 100_000, TAGS_MAX: 10, TAG_MAX: 40, PRODUCTS_MAX: 12 } as const;

const blogFields = {
  title: humanText({ min: 1, max: BLOG_LIMITS.TITLE_MAX, required: 'is required' }),
  slug: humanText({ max: 120 }).optional(),
  excerpt: humanText({ max: BLOG_LIMITS.EXCERPT_MAX }),
  body_markdown: z
    .string({ message: 'is required' })
    .refine((s) => !s.includes('\u0000'), 'must not contain the NUL character')
    .refine((s) => s.trim().length > 0, 'must not be blank')
    .refine((s) => Array.from(s).length <= BLOG_LIMITS.BODY_MAX, `must be at most ${BLOG_LIMITS.BODY_MAX} characters`),
  tags: z.array(humanText({ min: 1, max: BLOG_LIMITS.TAG_MAX }), { message: 'must be a list of tags' }).max(BLOG_LIMITS.TAGS_MAX, `at most ${BLOG_LIMITS.TAGS_MAX} tags`),
  status: z.enum(BLOG_POST_STATUSES, { message: 'must be draft or published' }),
  product_ids: z.array(z.string().uuid('must be a product id (UUID)'), { message: 'must be a list of product ids' }).max(BLOG_LIMITS.PRODUCTS_MAX, `at most ${BLOG_LIMITS.PRODUCTS_MAX} products`),
};

/** POST /admin/blog/posts: a draft unless `status` says published; `slug` derived from the title when absent. */
export const createBlogPostSchema = z
  .object({ ...blogFields, excerpt: blogFields.excerpt.default(''), tags: blogFields.tags.default([]), status: blogFields.status.default('draft'), product_ids: blogFields.product_ids.default([]) })
  .strict();
export type CreateBlogPostRequest = z.input<typeof createBlogPostSchema>;

/** PATCH /admin/blog/posts/{id}: only the fields to change. */
export const updateBlogPostSchema = z
  .object(blogFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });
export type UpdateBlogPostRequest = z.input<typeof updateBlogPostSchema>;
/** A parsed POST or PATCH body (every field optional). */
export type BlogPostBody = z.output<typeof updateBlogPostSchema>;

/** POST /admin/blog/preview: the editor's live preview. */
export const blogPreviewSchema = z.object({ body_markdown: z.string({ message: 'is required' }).max(BLOG_LIMITS.BODY_MAX * 2) }).strict();

export const blogListQuerySchema = paginationQuerySchema.extend({ tag: humanText({ max: 60 }).optional() });
export const adminBlogListQuerySchema = paginationQuerySchema
  .extend({
    status: z.enum(BLOG_POST_STATUSES, { message: 'must be draft or published' }).optional(),
    q: humanText({ max: 200 }).optional(),
  })
  .strict();

export interface BlogCoverDto {
  url: string;
  alt: string;
}

/** An item of GET /blog/posts (the list leaves out the body and the products). */
export interface BlogPostSummaryDto {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  cover_image: BlogCoverDto | null;
  author: { name: string };
  published_at: string;
}

/** GET /blog/posts/{slug}. */
export interface BlogPostDto extends BlogPostSummaryDto {
  body_html: string;
  products: ProductSummaryDto[];
}

export type BlogPostListResponse = ListEnvelope<BlogPostSummaryDto>;

/** The back office's post: drafts included, with the Markdown and the linked ids. */
export interface AdminBlogPostDto {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  body_markdown: string;
  body_html: string;
  tags: string[];
  status: BlogPostStatusDto;
  product_ids: string[];
  cover_image: BlogCoverDto | null;
  author: { name: string };
  published_at: string | null;
  created_at: string;
  updated_at: string;
}
