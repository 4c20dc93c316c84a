import type { BlogPostSummaryDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link } from 'react-router-dom';
import { formatPostDate } from '../lib/blog-format';

export const postHref = (slug: string) => `/blog/${encodeURIComponent(slug)}`;

/** A post in a list: cover, title, excerpt, date and tags. */
export function BlogCard({ post }: { post: BlogPostSummaryDto }) {
  return (
    <Card
      className="blog-card"
      hoverable
      data-testid="blog-card"
      data-slug={post.slug}
      cover={
        post.cover_image ? (
          <Link to={postHref(post.slug)} tabIndex={-1} aria-hidden className="blog-card__cover">
            <img src={post.cover_image.url} alt={post.cover_image.alt} loading="lazy" />
          </Link>
        ) : undefined
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <time dateTime={post.published_at}>{formatPostDate(post.published_at)}</time> · {post.author.name}
      </Typography.Text>
      <Link to={postHref(post.slug)} className="blog-card__title" data-testid="blog-card-link">
        {post.title}
      </Link>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} className="blog-card__excerpt">
        {post.excerpt}
      </Typography.Paragraph>
      <div>
        {post.tags.map((tag) => (
          <Link key={tag} to={`/blog?tag=${encodeURIComponent(tag)}`}>
            <Tag>{tag}</Tag>
          </Link>
        ))}
      </div>
    </Card>
  );
}
