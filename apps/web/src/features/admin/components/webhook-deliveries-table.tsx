import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryDto, type WebhookDeliveryStatus } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Segmented from 'antd/es/segmented';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { ApiErrorState } from '@/components/shared/api-error-state';
import type { ApiError } from '@/lib/api-client';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useRetryDeliveryMutation, useWebhookDeliveriesQuery } from '../api/admin-system-api';
import { formatDateTime } from '@/lib/dates';

const STATUS_COLORS: Record<WebhookDeliveryStatus, string> = { pending: 'gold', delivered: 'green', dead: 'red' };
const STATUS_LABELS: Record<WebhookDeliveryStatus, string> = { pending: 'Pending', delivered: 'Delivered', dead: 'Dead' };

/** Partner webhook deliveries (newest first), filtered by status; a dead one can be sent again. */
export function WebhookDeliveriesTable() {
  const [status, setStatus] = useState<WebhookDeliveryStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useWebhookDeliveriesQuery({ status: status === 'all' ? undefined : status, page, per_page: 20 });
  const [retry] = useRetryDeliveryMutation();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retryError, setRetryError] = useState<ApiError | null>(null);
  const { message } = App.useApp();

  const apiError = queryError(error);
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the webhook deliveries" onRetry={() => refetch()} />;

  const sendAgain = async (d: WebhookDeliveryDto) => {
    setRetrying(d.id);
    setRetryError(null);
    try {
      await retry(d.id).unwrap();
      void message.success(`${d.type} to ${d.url} will be sent again.`);
    } catch (raw) {
      setRetryError(toApiError(raw));
    } finally {
      setRetrying(null);
    }
  };

  const columns: TableProps<WebhookDeliveryDto>['columns'] = [
    { title: 'Event', key: 'type', render: (_, d) => <span data-testid="delivery-type">{d.type}</span> },
    { title: 'Endpoint', dataIndex: 'url', key: 'url', ellipsis: true },
    {
      title: 'Status',
      key: 'status',
      render: (_, d) => (
        <Tag color={STATUS_COLORS[d.status]} data-testid="delivery-status">
          {STATUS_LABELS[d.status]}
        </Tag>
      ),
    },
    { title: 'Attempts', dataIndex: 'attempts', key: 'attempts', align: 'right' },
    {
      title: 'Last answer',
      key: 'last',
      render: (_, d) => (
        <span data-testid="delivery-last">
          {d.last_error ?? (d.last_status_code ? `HTTP ${d.last_status_code}` : '—')}
        </span>
      ),
    },
    { title: 'Next attempt', key: 'next', render: (_, d) => (d.next_attempt_at ? formatDateTime(d.next_attempt_at) : '—') },
    { title: 'Created', key: 'created', render: (_, d) => formatDateTime(d.created_at) },
    {
      title: '',
      key: 'actions',
      render: (_, d) =>
        d.status === 'dead' ? (
          <Button size="small" loading={retrying === d.id} onClick={() => void sendAgain(d)} data-testid="delivery-retry">
            Send again
          </Button>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="webhooks-title">
      <Typography.Title level={2} id="webhooks-title" className="admin-section-title">
        Partner webhook deliveries
      </Typography.Title>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as WebhookDeliveryStatus | 'all');
          setPage(1);
        }}
        options={[{ label: 'All', value: 'all' }, ...WEBHOOK_DELIVERY_STATUSES.map((s) => ({ label: STATUS_LABELS[s], value: s }))]}
        data-testid="delivery-filter"
      />
      {retryError && <Alert type="error" showIcon message={retryError.message} style={{ marginBlock: 8 }} data-testid="delivery-retry-error" />}
      <Table<WebhookDeliveryDto>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        locale={{ emptyText: 'No deliveries' }}
        pagination={{ current: page, pageSize: 20, total: data?.meta.total ?? 0, onChange: setPage, showSizeChanger: false }}
        scroll={{ x: 860 }}
        style={{ marginTop: 12 }}
      />
    </section>
  );
}
