import Breadcrumb from 'antd/es/breadcrumb';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { Link, useParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { NotFound } from '@/components/shared/not-found';
import { useGetAdminPostQuery } from '@/features/blog/api/blog-api';
import { BlogPostEditor } from '@/features/blog/components/blog-post-editor';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';

/** /admin/blog/new and /admin/blog/:id: the editor (loaded with its route). */
export function Component() {
  const { id } = useParams();
  const { currentData: post, error, refetch } = useGetAdminPostQuery(id ?? '', { skip: !id });
  const apiError = queryError(error);
  useDocumentTitle(id ? `Admin · ${post?.title ?? 'Post'}` : 'Admin · New post');

  const header = (
    <>
      <Breadcrumb items={[{ title: <Link to="/admin/blog">Blog</Link> }, { title: id ? (post?.title ?? '…') : 'New post' }]} />
      <Typography.Title level={1} className="page-title">
        {id ? 'Edit post' : 'New post'}
      </Typography.Title>
    </>
  );
  if (!id) return (<>{header}<BlogPostEditor post={null} /></>);
  if (apiError?.status === 404) return <NotFound title="Post not found" message="It may have been deleted." actionLabel="All posts" actionTo="/admin/blog" />;
  if (apiError) return <ApiErrorState error={apiError} title="We could not load this post" onRetry={() => refetch()} />;
  return (
    <>
      {header}
      {post ? <BlogPostEditor post={post} /> : <Skeleton active paragraph={{ rows: 8 }} />}
    </>
  );
}
