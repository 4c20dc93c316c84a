import type { DeadLetterDto, SystemStatusDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Statistic from 'antd/es/statistic';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import type { ApiError } from '@/lib/api-client';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useDeadLettersQuery, useRetryDeadLetterMutation, useSystemStatusQuery } from '../api/admin-system-api';
import { formatDateTime } from '@/lib/dates';
import { WebhookDeliveriesTable } from './webhook-deliveries-table';

/** "42 s", "3 min", "2 h 5 min". */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

type Job = SystemStatusDto['jobs'][number];

/**
 * The machinery at a glance: the outbox backlog and its oldest message, dead letters (each can
 * be put back in line), partner webhook deliveries and when each background job last ran.
 */
export function SystemOverview() {
  const status = useSystemStatusQuery(undefined, { pollingInterval: 10_000 });
  const dead = useDeadLettersQuery(undefined, { pollingInterval: 10_000 });
  const [retry] = useRetryDeadLetterMutation();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retryError, setRetryError] = useState<ApiError | null>(null);
  const { message } = App.useApp();

  const apiError = queryError(status.error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !status.data) return <ApiErrorState error={apiError} title="We could not load the system status" onRetry={() => status.refetch()} />;
  const s = status.data;

  const retryDead = async (d: DeadLetterDto) => {
    setRetrying(d.id);
    setRetryError(null);
    try {
      await retry(d.id).unwrap();
      void message.success(`${d.name} is back in line.`);
    } catch (raw) {
      setRetryError(toApiError(raw));
    } finally {
      setRetrying(null);
    }
  };

  const jobColumns: TableProps<Job>['columns'] = [
    { title: 'Job', dataIndex: 'name', key: 'name', render: (name: string) => <code data-testid="job-name">{name}</code> },
    { title: 'Last run', key: 'at', render: (_, j) => (j.last_run_at ? `${formatDateTime(j.last_run_at)} (${j.duration_ms} ms)` : 'Never') },
    { title: 'Where', key: 'instance', render: (_, j) => <code data-testid="job-instance">{j.instance ?? '—'}</code> },
    {
      title: 'Result',
      key: 'ok',
      render: (_, j) =>
        j.ok === null ? '—' : j.ok ? <Tag color="green">OK</Tag> : <Tag color="red" data-testid="job-failed">Failed: {j.error}</Tag>,
    },
  ];
  const deadColumns: TableProps<DeadLetterDto>['columns'] = [
    { title: 'Event', dataIndex: 'name', key: 'name', render: (name: string) => <span data-testid="dead-letter-name">{name}</span> },
    { title: 'About', dataIndex: 'aggregate_id', key: 'aggregate', ellipsis: true },
    { title: 'Attempts', dataIndex: 'attempts', key: 'attempts', align: 'right' },
    { title: 'Last error', dataIndex: 'last_error', key: 'error', ellipsis: true },
    { title: 'Dead since', key: 'dead', render: (_, d) => formatDateTime(d.dead_at) },
    {
      title: '',
      key: 'actions',
      render: (_, d) => (
        <Button size="small" loading={retrying === d.id} onClick={() => void retryDead(d)} data-testid="dead-letter-retry">
          Retry
        </Button>
      ),
    },
  ];

  return (
    <div className="admin-system" data-testid="admin-system">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="Outbox backlog" value={s?.outbox.backlog ?? 0} loading={!s} data-testid="stat-backlog" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="Oldest waiting" value={formatAge(s?.outbox.oldest_pending_age_seconds ?? null)} loading={!s} data-testid="stat-oldest" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="Dead letters" value={s?.outbox.dead ?? 0} loading={!s} valueStyle={s?.outbox.dead ? { color: '#cf1322' } : undefined} data-testid="stat-dead" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={`Webhooks (${s?.webhooks.endpoints ?? 0} endpoints)`}
              value={s ? `${s.webhooks.pending} pending · ${s.webhooks.dead} dead` : ''}
              loading={!s}
              data-testid="stat-webhooks"
            />
          </Card>
        </Col>
      </Row>

      <Typography.Title level={2} className="admin-section-title">
        Dead letters
      </Typography.Title>
      {retryError && <Alert type="error" showIcon message={retryError.message} style={{ marginBottom: 8 }} data-testid="dead-letter-retry-error" />}
      <Table<DeadLetterDto> rowKey="id" size="small" columns={deadColumns} dataSource={dead.data ?? []} loading={dead.isFetching} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: 'No dead letters: every event was handled' }} />

      <WebhookDeliveriesTable />

      <Typography.Title level={2} className="admin-section-title">
        Background jobs {s && <Typography.Text type="secondary">(this page served by a ROLE={s.role} instance)</Typography.Text>}
      </Typography.Title>
      <Table<Job> rowKey="name" size="small" columns={jobColumns} dataSource={s?.jobs ?? []} pagination={false} scroll={{ x: 560 }} />
    </div>
  );
}
