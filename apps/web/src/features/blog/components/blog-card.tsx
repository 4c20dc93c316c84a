import type { BlogPostSummaryDto } from '@devgear/contracts';
import { Link } from 'react-router-dom';
import { Tag } from '@/ui';
import { formatPostDate } from '../lib/blog-format';

export const postHref = (slug: string) => `/blog/${encodeURIComponent(slug)}`;

/** A post in a list: cover, title, excerpt, date and tags. */
export function BlogCard({ post }: { post: BlogPostSummaryDto }) {
  return (
    <div className="blog-card" data-testid="blog-card" data-slug={post.slug}>
      {post.cover_image && (
        <Link to={postHref(post.slug)} tabIndex={-1} aria-hidden className="blog-card__cover">
          <img src={post.cover_image.url} alt={post.cover_image.alt} width={640} height={360} loading="lazy" decoding="async" />
        </Link>
      )}
      <div className="blog-card__body">
        <small className="text-secondary">
          <time dateTime={post.published_at}>{formatPostDate(post.published_at)}</time> · {post.author.name}
        </small>
        <Link to={postHref(post.slug)} className="blog-card__title" data-testid="blog-card-link">
          {post.title}
        </Link>
        <p className="text-secondary blog-card__excerpt">{post.excerpt}</p>
        <div className="blog-card__tags">
          {post.tags.map((tag) => (
            <Link key={tag} to={`/blog?tag=${encodeURIComponent(tag)}`} className="tag-link">
              <Tag>{tag}</Tag>
            </Link>
          ))}
        </div>
      </div>
    </div>
  );
}
