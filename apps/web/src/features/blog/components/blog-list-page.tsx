import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { Empty, Pagination, Skeleton, Tag } from '@/ui';
import { useListPostsQuery } from '../api/blog-api';
import { BlogCard } from './blog-card';
import './blog.css';

const PER_PAGE = 12;

/** /blog: published posts, newest first, filtered by ?tag=. */
export default function BlogListPage() {
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  useDocumentTitle(tag ? `Blog · ${tag}` : 'Blog');
  const { data, error, isFetching, refetch } = useListPostsQuery({ tag, page, per_page: PER_PAGE });
  const apiError = queryError(error);

  return (
    <div className="blog-page" data-testid="blog-list">
      <h1 className="page-title">The DevGear blog</h1>
      <p className="text-secondary blog-page__lead">Buying guides, desk setups and weekend projects from the people who choose our gear.</p>
      {tag && (
        <p>
          Posts tagged <Tag color="blue">{tag}</Tag> <Link to="/blog">Show all posts</Link>
        </p>
      )}
      {apiError && !data ? (
        <ApiErrorState error={apiError} title="We could not load the blog" onRetry={() => refetch()} />
      ) : !data ? (
        <Skeleton lines={6} label="Loading posts" />
      ) : data.data.length === 0 ? (
        <Empty description={tag ? `No posts tagged ${tag} yet.` : 'No posts yet.'} />
      ) : (
        <>
          <ul className="blog-grid" aria-busy={isFetching}>
            {data.data.map((post) => (
              <li key={post.id}>
                <BlogCard post={post} />
              </li>
            ))}
          </ul>
          {data.meta.total > PER_PAGE && (
            <Pagination
              className="blog-pagination"
              current={page}
              pageSize={PER_PAGE}
              total={data.meta.total}
              onChange={(next) => setParams((p) => {
                const q = new URLSearchParams(p);
                q.set('page', String(next));
                return q;
              })}
            />
          )}
        </>
      )}
    </div>
  );
}
