import { PlusOutlined } from '@ant-design/icons';
import type { AdminBlogPostDto, BlogPostStatusDto } from '@devgear/contracts';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Table, { type TableProps } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
import { Forbidden } from '@/components/shared/forbidden';
import { formatDateTime } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';
import { queryError } from '@/lib/base-api';
import { useListAdminPostsQuery } from '../api/blog-api';

const DEFAULT_PER_PAGE = 20;

/** The back office's posts, drafts included, newest change first, with status and text filters in the URL. */
export function AdminBlogTable() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const status = (params.get('status') ?? '') as BlogPostStatusDto | '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListAdminPostsQuery({ q: q || undefined, status: status || undefined, page, per_page: perPage });
  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the posts" onRetry={() => refetch()} />;

  const columns: TableProps<AdminBlogPostDto>['columns'] = [
    {
      title: 'Title',
      key: 'title',
      render: (_, p) => (
        <Link to={`/admin/blog/${p.id}`} data-testid="admin-post-link">
          {p.title}
        </Link>
      ),
    },
    { title: 'Status', key: 'status', width: 110, render: (_, p) => <Tag color={p.status === 'published' ? 'green' : 'gold'} data-testid="admin-post-status">{p.status === 'published' ? 'Published' : 'Draft'}</Tag> },
    { title: 'Tags', key: 'tags', width: 220, render: (_, p) => p.tags.map((t) => <Tag key={t}>{t}</Tag>) },
    { title: 'Author', key: 'author', width: 160, render: (_, p) => p.author.name },
    { title: 'Last change', dataIndex: 'updated_at', key: 'updated_at', width: 170, render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time> },
  ];

  return (
    <div data-testid="admin-blog">
      <div className="admin-toolbar">
        <div className="admin-toolbar__filters">
          <Input.Search key={q} defaultValue={q} allowClear placeholder="Search titles" enterButton="Search" onSearch={(value) => update({ q: value.trim() || null, page: 1 })} style={{ maxWidth: 320 }} />
          <Select
            value={status}
            options={[{ value: '', label: 'All posts' }, { value: 'draft', label: 'Drafts' }, { value: 'published', label: 'Published' }]}
            onChange={(value) => update({ status: value || null, page: 1 })}
            style={{ width: 140 }}
            aria-label="Status"
          />
        </div>
        <ButtonLink to="/admin/blog/new" type="primary" icon={<PlusOutlined />} data-testid="admin-post-new">
          New post
        </ButtonLink>
      </div>
      <Table<AdminBlogPostDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        pagination={tablePagination(data?.meta, page, perPage, update)}
        scroll={{ x: 760 }}
        locale={{ emptyText: q || status ? 'No post matches these filters.' : 'No posts yet. Write the first one.' }}
      />
    </div>
  );
}
