import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import Pagination from 'antd/es/pagination';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
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
      <Typography.Title level={1} className="page-title">
        The DevGear blog
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="blog-page__lead">
        Buying guides, desk setups and weekend projects from the people who choose our gear.
      </Typography.Paragraph>
      {tag && (
        <p>
          Posts tagged <Tag color="blue">{tag}</Tag> <Link to="/blog">Show all posts</Link>
        </p>
      )}
      {apiError && !data ? (
        <ApiErrorState error={apiError} title="We could not load the blog" onRetry={() => refetch()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : data.data.length === 0 ? (
        <Empty description={tag ? `No posts tagged ${tag} yet.` : 'No posts yet.'} />
      ) : (
        <>
          <Row gutter={[16, 16]} aria-busy={isFetching}>
            {data.data.map((post) => (
              <Col key={post.id} xs={24} sm={12} lg={8}>
                <BlogCard post={post} />
              </Col>
            ))}
          </Row>
          {data.meta.total > PER_PAGE && (
            <Pagination
              style={{ marginTop: 24, textAlign: 'center' }}
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
