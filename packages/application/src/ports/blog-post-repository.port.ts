import type { BlogPost, BlogPostStatus } from '@devgear/domain';

export interface BlogPostQuery {
  /** Only published posts, newest published first (the public list); otherwise newest changed first. */
  publishedOnly?: boolean;
  status?: BlogPostStatus;
  tag?: string;
  /** Case-insensitive part of the title or slug. */
  q?: string;
  page: number;
  perPage: number;
}

export interface BlogPostRepository {
  findById(id: string): Promise<BlogPost | null>;
  findBySlug(slug: string): Promise<BlogPost | null>;
  slugTaken(slug: string, exceptPostId?: string): Promise<boolean>;
  /** Inserts or updates; a slug taken meanwhile must surface as blogSlugTaken() (409). */
  save(post: BlogPost): Promise<void>;
  delete(id: string): Promise<void>;
  list(query: BlogPostQuery): Promise<{ items: BlogPost[]; total: number }>;
}
