import { ORDER_STATUSES, type AdminOrderDto } from '@devgear/contracts';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import { queryError } from '@/lib/base-api';
import { formatMoney } from '@/lib/money';
import { useListAdminOrdersQuery } from '../api/admin-orders-api';
import { formatDateTime } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';
import { isOrderStatus, ORDER_STATUS_LABELS } from '@/lib/order-status';
import { OrderStatusTag } from '@/components/shared/order-status-tag';

const DEFAULT_PER_PAGE = 20;
const ALL = 'all';

const columns: TableProps<AdminOrderDto>['columns'] = [
  {
    title: 'Order',
    dataIndex: 'number',
    key: 'number',
    render: (number: string, order) => (
      <Link to={`/admin/orders/${encodeURIComponent(order.id)}`} data-testid="order-link">
        {number}
      </Link>
    ),
  },
  {
    title: 'Placed',
    dataIndex: 'created_at',
    key: 'created_at',
    width: 200,
    render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time>,
  },
  {
    title: 'Customer',
    dataIndex: 'customer_email',
    key: 'customer_email',
    render: (email: string | null) => (email ? <span data-testid="order-customer">{email}</span> : <Typography.Text type="secondary">Email unknown</Typography.Text>),
  },
  {
    title: 'Items',
    key: 'items',
    align: 'right',
    width: 80,
    render: (_, order) => order.items.reduce((sum, item) => sum + item.quantity, 0),
  },
  { title: 'Status', dataIndex: 'status', key: 'status', width: 160, render: (status: string) => <OrderStatusTag status={status} /> },
  {
    title: 'Total',
    key: 'total',
    align: 'right',
    width: 120,
    render: (_, order) => <span data-testid="order-total">{formatMoney(order.total)}</span>,
  },
];

/**
 * Every customer's orders, newest first, with the status filter, the search (order number or
 * email) and the page in the URL (?status=&q=&page=&per_page=).
 */
export function OrdersTable() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = isOrderStatus(rawStatus) ? rawStatus : undefined;
  const q = params.get('q')?.trim() ?? '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListAdminOrdersQuery({ status, q: q || undefined, page, per_page: perPage });

  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the orders" onRetry={() => refetch()} />;

  const filtered = Boolean(status || q);
  return (
    <div data-testid="admin-orders">
      <div className="admin-toolbar">
        <div className="admin-toolbar__filters">
          <Select<string>
            value={status ?? ALL}
            onChange={(value) => update({ status: value === ALL ? null : value, page: 1 })}
            options={[{ value: ALL, label: 'All statuses' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] }))]}
            style={{ width: 180 }}
            aria-label="Status"
            data-testid="orders-status-filter"
          />
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            placeholder="Order number or customer email"
            enterButton="Search"
            onSearch={(value) => update({ q: value.trim() || null, page: 1 })}
            style={{ width: 380, maxWidth: '100%' }}
            data-testid="orders-search"
          />
        </div>
        {data && (
          <Typography.Text type="secondary" data-testid="orders-total">
            {data.meta.total === 1 ? '1 order' : `${data.meta.total} orders`}
          </Typography.Text>
        )}
      </div>
      <Table<AdminOrderDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        scroll={{ x: 760 }}
        locale={{ emptyText: filtered ? 'No orders match these filters.' : 'No orders yet.' }}
        pagination={tablePagination(data?.meta, page, perPage, update)}
      />
    </div>
  );
}
