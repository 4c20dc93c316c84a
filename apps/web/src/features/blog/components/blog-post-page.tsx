import { Link, useParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { NotFound } from '@/components/shared/not-found';
import { ProductGrid } from '@/components/product/product-grid';
import type { CardAction } from '@/components/product/product-card';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { Breadcrumb, Skeleton, Tag } from '@/ui';
import { useGetPostQuery } from '../api/blog-api';
import { formatPostDate } from '../lib/blog-format';
import './blog.css';

interface BlogPostPageProps {
  /** What the app puts on the linked products' cards (the cart's Add, the wishlist heart). */
  cardAction?: CardAction;
  cardOverlay?: CardAction;
}

/** /blog/:slug: the post (HTML rendered and sanitised by the server) and the products it is about. */
export default function BlogPostPage({ cardAction, cardOverlay }: BlogPostPageProps) {
  const { slug = '' } = useParams();
  const { currentData: post, error, isFetching, refetch } = useGetPostQuery(slug);
  const apiError = queryError(error);
  useDocumentTitle(post?.title ?? (apiError?.status === 404 ? 'Post not found' : null));

  if (!post && (isFetching || !apiError)) return <Skeleton title lines={10} label="Loading the post" />;
  if (apiError?.status === 404) {
    return <NotFound title="Post not found" message="This post does not exist or is not published." actionLabel="Read the blog" actionTo="/blog" />;
  }
  if (apiError || !post) return <ApiErrorState error={apiError} title="We could not load this post" onRetry={() => refetch()} />;

  return (
    <article className="blog-post" data-testid="blog-post">
      <Breadcrumb items={[{ label: 'Home', to: '/' }, { label: 'Blog', to: '/blog' }, { label: post.title }]} />
      <header className="blog-post__header">
        <h1 className="blog-post__title" data-testid="blog-post-title">
          {post.title}
        </h1>
        <span className="text-secondary">
          <time dateTime={post.published_at}>{formatPostDate(post.published_at)}</time> · {post.author.name}
        </span>
        <div className="blog-post__tags">
          {post.tags.map((tag) => (
            <Link key={tag} to={`/blog?tag=${encodeURIComponent(tag)}`} className="tag-link">
              <Tag>{tag}</Tag>
            </Link>
          ))}
        </div>
      </header>
      {post.cover_image && (
        <img className="blog-post__cover" src={post.cover_image.url} alt={post.cover_image.alt} width={1200} height={630} fetchPriority="high" />
      )}
      {/* body_html is rendered from Markdown and sanitised on the server (markdown-it + sanitize-html). */}
      <div className="blog-post__body" data-testid="blog-post-body" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      {post.products.length > 0 && (
        <section className="section" aria-labelledby="post-products-title" data-testid="blog-post-products">
          <h2 id="post-products-title" className="section__title">
            Products in this post
          </h2>
          <ProductGrid products={post.products} columns={3} cardAction={cardAction} cardOverlay={cardOverlay} />
        </section>
      )}
    </article>
  );
}
