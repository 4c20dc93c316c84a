import { CheckCircleFilled, DeleteOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { AdminReviewDto, ReviewStatusDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Rate from 'antd/es/rate';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table, { type TableProps } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import { formatDateTime } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useDeleteReviewMutation, useListAdminReviewsQuery, useModerateReviewMutation } from '../api/reviews-api';
import './reviews.css';

const DEFAULT_PER_PAGE = 20;
const STATUS_FILTERS = [
  { value: '', label: 'All reviews' },
  { value: 'visible', label: 'Visible' },
  { value: 'hidden', label: 'Hidden' },
];
const RATING_FILTERS = [{ value: '', label: 'Any rating' }, ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} ★` }))];

/**
 * The moderation queue: every review with its product (linked) and author, filtered by status,
 * rating and text (kept in the URL); hide, show again or delete, each changing the product's
 * rating at once.
 */
export function AdminReviewsTable() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const status = (params.get('status') ?? '') as ReviewStatusDto | '';
  const rating = params.get('rating') ?? '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListAdminReviewsQuery({
    q: q || undefined,
    status: status || undefined,
    rating: rating || undefined,
    page: String(page),
    per_page: String(perPage),
  });
  const [moderate, moderation] = useModerateReviewMutation();
  const [remove, removal] = useDeleteReviewMutation();
  const { message } = App.useApp();
  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const setStatus = async (review: AdminReviewDto, next: ReviewStatusDto) => {
    try {
      await moderate({ id: review.id, productId: review.product.id, status: next }).unwrap();
      void message.success(next === 'hidden' ? 'Review hidden. The product rating no longer counts it.' : 'Review visible again.');
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };
  const destroy = async (review: AdminReviewDto) => {
    try {
      await remove({ id: review.id, productId: review.product.id }).unwrap();
      void message.success('Review deleted.');
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the reviews" onRetry={() => refetch()} />;

  const columns: TableProps<AdminReviewDto>['columns'] = [
    {
      title: 'Review',
      key: 'review',
      render: (_, r) => (
        <div className="admin-review" data-testid="admin-review" data-review-id={r.id}>
          <Rate disabled value={r.rating} style={{ fontSize: 12 }} /> <Typography.Text strong>{r.title}</Typography.Text>
          {r.verified_purchase && (
            <Tag color="green" icon={<CheckCircleFilled />} style={{ marginInlineStart: 8 }}>
              Verified
            </Tag>
          )}
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: 'more' }} style={{ margin: '4px 0 0' }}>
            {r.body}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      title: 'Product and author',
      key: 'about',
      width: 260,
      render: (_, r) => (
        <div className="admin-review__about">
          <Link to={`/products/${encodeURIComponent(r.product.slug)}`} data-testid="admin-review-product">
            {r.product.name}
          </Link>
          <span>
            {r.author.first_name} {r.author.last_name}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.author.email}
            <br />
            <time dateTime={r.created_at}>{formatDateTime(r.created_at)}</time>
          </Typography.Text>
        </div>
      ),
    },
    {
      title: 'Status',
      key: 'status',
      width: 100,
      render: (_, r) => <Tag color={r.status === 'visible' ? 'green' : 'default'} data-testid="admin-review-status">{r.status === 'visible' ? 'Visible' : 'Hidden'}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      width: 180,
      render: (_, r) => (
        <Space wrap>
          {r.status === 'visible' ? (
            <Button size="small" icon={<EyeInvisibleOutlined />} loading={moderation.isLoading && moderation.originalArgs?.id === r.id} onClick={() => void setStatus(r, 'hidden')} data-testid="admin-review-hide">
              Hide
            </Button>
          ) : (
            <Button size="small" icon={<EyeOutlined />} loading={moderation.isLoading && moderation.originalArgs?.id === r.id} onClick={() => void setStatus(r, 'visible')} data-testid="admin-review-show">
              Show
            </Button>
          )}
          <Popconfirm title="Delete this review for good?" okText="Delete" okButtonProps={{ danger: true, 'data-testid': 'admin-review-delete-confirm' } as never} onConfirm={() => destroy(r)}>
            <Button size="small" danger icon={<DeleteOutlined />} loading={removal.isLoading && removal.originalArgs?.id === r.id} data-testid="admin-review-delete">
              Delete
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="admin-reviews">
      <div className="admin-toolbar">
        <div className="admin-toolbar__filters">
          <Input.Search key={q} defaultValue={q} allowClear placeholder="Search title, text, author or product" enterButton="Search" onSearch={(value) => update({ q: value.trim() || null, page: 1 })} style={{ maxWidth: 380 }} data-testid="admin-reviews-search" />
          <Select value={status} options={STATUS_FILTERS} onChange={(value) => update({ status: value || null, page: 1 })} style={{ width: 140 }} aria-label="Status" data-testid="admin-reviews-status" />
          <Select value={rating} options={RATING_FILTERS} onChange={(value) => update({ rating: value || null, page: 1 })} style={{ width: 120 }} aria-label="Rating" />
        </div>
      </div>
      <Table<AdminReviewDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        pagination={tablePagination(data?.meta, page, perPage, update)}
        scroll={{ x: 860 }}
        locale={{ emptyText: q || status || rating ? 'No review matches these filters.' : 'No reviews yet.' }}
      />
    </div>
  );
}
