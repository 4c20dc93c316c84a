import type { StockMovementDto } from '@devgear/contracts';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { queryError } from '@/lib/base-api';
import { useListStockMovementsQuery } from '../api/admin-products-api';
import { formatDateTime } from '@/lib/dates';

const PER_PAGE = 10;

const columns: TableProps<StockMovementDto>['columns'] = [
  { title: 'When', dataIndex: 'at', key: 'at', width: 180, render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time> },
  {
    title: 'SKU',
    dataIndex: 'sku',
    key: 'sku',
    width: 200,
    render: (sku: string) => (
      <Typography.Text className="admin-stock-history__sku" ellipsis={{ tooltip: sku }}>
        {sku}
      </Typography.Text>
    ),
  },
  {
    title: 'Change',
    dataIndex: 'delta',
    key: 'delta',
    width: 90,
    align: 'right',
    render: (delta: number) => (
      <Tag color={delta > 0 ? 'green' : delta < 0 ? 'red' : 'default'} className="admin-stock-history__delta" data-testid="movement-delta">
        {delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '±0'}
      </Tag>
    ),
  },
  {
    title: 'Level',
    key: 'level',
    width: 100,
    render: (_, m) => (
      <span data-testid="movement-level">
        {m.previous} → <strong>{m.available}</strong>
      </span>
    ),
  },
  { title: 'Reason', dataIndex: 'reason', key: 'reason', render: (reason: string) => <span data-testid="movement-reason">{reason}</span> },
  {
    title: 'By',
    key: 'author',
    width: 190,
    render: (_, m) => (m.author?.email ? <span className="admin-stock-history__author">{m.author.email}</span> : <Typography.Text type="secondary">System</Typography.Text>),
  },
];

/** Every stock change of a product, newest first: who set which variant from what to what, and why. */
export function StockHistory({ productId }: { productId: string }) {
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useListStockMovementsQuery({ productId, page, per_page: PER_PAGE });
  const apiError = queryError(error);
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the stock history" onRetry={() => refetch()} />;
  return (
    <div data-testid="stock-history">
    <Table<StockMovementDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={data?.data ?? []}
      loading={isFetching}
      tableLayout="fixed"
      scroll={{ x: 820 }}
      locale={{ emptyText: 'No stock changes yet. Changes made with “Adjust stock” appear here.' }}
      onRow={() => ({ 'data-testid': 'movement-row' }) as HTMLAttributes<HTMLElement>}
      pagination={
        (data?.meta.total ?? 0) > PER_PAGE
          ? { current: data?.meta.page ?? page, pageSize: PER_PAGE, total: data?.meta.total ?? 0, onChange: setPage, showSizeChanger: false, size: 'small' }
          : false
      }
    />
    </div>
  );
}
