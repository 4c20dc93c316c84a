import { DomainError } from '../shared/domain-error';

/** Stable error codes of the content context (the blog). */
export const ContentErrorCodes = {
  INVALID_POST: 'CONTENT.INVALID_POST',
  DUPLICATE_SLUG: 'CONTENT.DUPLICATE_SLUG',
  POST_NOT_FOUND: 'CONTENT.POST_NOT_FOUND',
  UNKNOWN_PRODUCT: 'CONTENT.UNKNOWN_PRODUCT',
} as const;

export const ContentLimits = {
  TITLE_MAX: 200,
  EXCERPT_MAX: 500,
  BODY_MAX: 100_000,
  TAGS_MAX: 10,
  TAG_MAX: 40,
  PRODUCTS_MAX: 12,
  COVER_ALT_MAX: 200,
  AUTHOR_NAME_MAX: 200,
} as const;

export const BLOG_POST_STATUSES = ['draft', 'published'] as const;
export type BlogPostStatus = (typeof BLOG_POST_STATUSES)[number];

export function blogPostNotFound(what: string): DomainError {
  return new DomainError(ContentErrorCodes.POST_NOT_FOUND, `Blog post ${String(what)} not found`, 'not_found');
}

export function blogSlugTaken(slug: string): DomainError {
  return new DomainError(ContentErrorCodes.DUPLICATE_SLUG, `Another blog post already uses the slug "${slug}"`, 'conflict', {
    slug: ['is already used by another post'],
  });
}
