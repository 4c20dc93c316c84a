import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { DiscountDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import type { ApiError } from '@/lib/api-client';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useDeleteDiscountMutation, useListDiscountsQuery } from '../api/admin-discounts-api';
import { formatDateTime } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';
import { DiscountFormDrawer } from './discount-form-drawer';

const DEFAULT_PER_PAGE = 20;

/** "15% off" or "$12.50 off". */
export function discountValueLabel(discount: Pick<DiscountDto, 'value'>): string {
  return typeof discount.value === 'number' ? `${discount.value}% off` : `${formatMoney(discount.value)} off`;
}

type DiscountState = 'active' | 'paused' | 'scheduled' | 'expired' | 'used-up';

const STATES: Record<DiscountState, { label: string; color: string }> = {
  active: { label: 'Active', color: 'green' },
  paused: { label: 'Paused', color: 'default' },
  scheduled: { label: 'Scheduled', color: 'blue' },
  expired: { label: 'Expired', color: 'orange' },
  'used-up': { label: 'Used up', color: 'purple' },
};

/** Whether a code works at checkout now, and if not, why. */
export function discountState(d: DiscountDto, now: number = Date.now()): DiscountState {
  if (!d.active) return 'paused';
  if (d.ends_at && Date.parse(d.ends_at) <= now) return 'expired';
  if (d.starts_at && Date.parse(d.starts_at) > now) return 'scheduled';
  if (d.usage_limit !== null && d.times_used >= d.usage_limit) return 'used-up';
  return 'active';
}

function limitsLabel(d: DiscountDto): string {
  const parts: string[] = [];
  if (d.min_subtotal) parts.push(`Orders from ${formatMoney(d.min_subtotal)}`);
  if (d.usage_limit !== null) parts.push(`${d.usage_limit} ${d.usage_limit === 1 ? 'use' : 'uses'}`);
  if (d.per_customer_limit !== null) parts.push(`${d.per_customer_limit} per customer`);
  return parts.length ? parts.join(' · ') : 'None';
}

function windowLabel(d: DiscountDto): string {
  if (!d.starts_at && !d.ends_at) return 'Always';
  if (d.starts_at && d.ends_at) return `${formatDateTime(d.starts_at)} – ${formatDateTime(d.ends_at)}`;
  return d.starts_at ? `From ${formatDateTime(d.starts_at)}` : `Until ${formatDateTime(d.ends_at as string)}`;
}

/**
 * The discount codes with search (by code) and pages in the URL (?q=&page=&per_page=); new
 * and edited codes in a drawer; deleting asks first (the API archives the code: orders that
 * used it keep it).
 */
export function DiscountsTable() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListDiscountsQuery({ q: q || undefined, page, per_page: perPage });
  const [deleteDiscount] = useDeleteDiscountMutation();
  /** The drawer: closed (undefined), a new code (null) or the code being edited. */
  const [editing, setEditing] = useState<DiscountDto | null | undefined>(undefined);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const { modal, message } = App.useApp();

  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const askToDelete = (discount: DiscountDto) => {
    modal.confirm({
      title: `Delete the discount ${discount.code}?`,
      content:
        discount.times_used > 0
          ? `Customers can no longer use it. The ${discount.times_used === 1 ? 'order' : `${discount.times_used} orders`} that used it keep their discount.`
          : 'Customers can no longer use it.',
      okText: 'Delete',
      okButtonProps: { danger: true, 'data-testid': 'discount-delete-confirm' },
      cancelText: 'Keep it',
      onOk: async () => {
        setDeleteError(null);
        try {
          await deleteDiscount(discount.id).unwrap();
          void message.success(`Discount ${discount.code} deleted.`);
        } catch (raw) {
          setDeleteError(toApiError(raw));
        }
      },
    });
  };

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the discounts" onRetry={() => refetch()} />;

  const columns: TableProps<DiscountDto>['columns'] = [
    {
      title: 'Code',
      dataIndex: 'code',
      key: 'code',
      render: (code: string) => (
        <Typography.Text strong copyable={{ text: code }} className="admin-cell__code" data-testid="discount-code-cell">
          {code}
        </Typography.Text>
      ),
    },
    {
      title: 'Discount',
      key: 'value',
      width: 140,
      render: (_, d) => (
        <>
          <span data-testid="discount-value-cell">{discountValueLabel(d)}</span>
          <br />
          <Typography.Text type="secondary" className="admin-cell__note">
            {d.type === 'percentage' ? 'Percentage' : 'Fixed amount'}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Limits', key: 'limits', render: (_, d) => limitsLabel(d) },
    {
      title: 'Used',
      key: 'times_used',
      align: 'right',
      width: 80,
      render: (_, d) => <span data-testid="discount-used">{d.usage_limit !== null ? `${d.times_used} / ${d.usage_limit}` : d.times_used}</span>,
    },
    {
      title: 'Status',
      key: 'state',
      width: 110,
      render: (_, d) => {
        const state = STATES[discountState(d)];
        return (
          <Tag color={state.color} data-testid="discount-state">
            {state.label}
          </Tag>
        );
      },
    },
    { title: 'Valid', key: 'window', render: (_, d) => <span className="admin-cell__window">{windowLabel(d)}</span> },
    {
      title: '',
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_, d) => (
        <Space size={4}>
          <Tooltip title="Edit">
            <Button type="text" icon={<EditOutlined />} aria-label={`Edit ${d.code}`} onClick={() => setEditing(d)} data-testid="discount-edit" />
          </Tooltip>
          <Tooltip title="Delete">
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Delete ${d.code}`} onClick={() => askToDelete(d)} data-testid="discount-delete" />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="admin-discounts">
      <div className="admin-toolbar">
        <div className="admin-toolbar__filters">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            placeholder="Search by code"
            enterButton="Search"
            onSearch={(value) => update({ q: value.trim() || null, page: 1 })}
            style={{ width: 320, maxWidth: '100%' }}
            data-testid="discounts-search"
          />
          {data && (
            <Typography.Text type="secondary" data-testid="discounts-total">
              {data.meta.total === 1 ? '1 code' : `${data.meta.total} codes`}
            </Typography.Text>
          )}
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="discount-new">
          New discount
        </Button>
      </div>
      {deleteError && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setDeleteError(null)}
          title="The discount was not deleted"
          description={deleteError.message}
          data-testid="discount-delete-error"
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<DiscountDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        scroll={{ x: 900 }}
        locale={{ emptyText: q ? `No codes match “${q}”.` : 'No discount codes yet.' }}
        pagination={tablePagination(data?.meta, page, perPage, update)}
      />
      {editing !== undefined && <DiscountFormDrawer discount={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
