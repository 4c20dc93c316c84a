import { screen, waitFor, within } from '@testing-library/react';
import type { DeadLetterDto, SystemStatusDto, WebhookDeliveryDto } from '@devgear/contracts';
import { admin, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { listOf } from '@/testing/admin-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

const STATUS: SystemStatusDto = {
  outbox: { backlog: 7, oldest_pending_age_seconds: 125, dead: 1 },
  webhooks: { pending: 2, delivered: 40, dead: 1, endpoints: 2 },
  jobs: [
    { name: 'outbox', instance: 'worker-1:42', last_run_at: '2026-11-28T12:00:00.000Z', ok: true, error: null, duration_ms: 12 },
    { name: 'webhooks.deliver', instance: 'worker-2:7', last_run_at: '2026-11-28T12:00:01.000Z', ok: false, error: 'database is down', duration_ms: 3 },
  ],
  role: 'api',
};
const DEAD_LETTER: DeadLetterDto = { id: 'dl-1', name: 'order.refund_due', aggregate_id: 'order-1', attempts: 10, last_error: 'Stripe answered 500', occurred_at: '2026-11-27T10:00:00.000Z', dead_at: '2026-11-28T10:00:00.000Z' };
const delivery = (over: Partial<WebhookDeliveryDto> = {}): WebhookDeliveryDto => ({
  id: 'wd-1',
  event_id: 'evt-1',
  type: 'order.paid',
  url: 'https://warehouse.example/hooks',
  status: 'dead',
  attempts: 29,
  last_status_code: 500,
  last_error: 'HTTP 500: partner is down',
  next_attempt_at: null,
  created_at: '2026-11-27T09:00:00.000Z',
  ...over,
});

function api() {
  return installFakeApi({
    ...shellRoutes,
    'GET /me': { body: { data: admin } },
    'GET /admin/system': { body: { data: STATUS } },
    'GET /admin/outbox/dead-letters': { body: { data: [DEAD_LETTER] } },
    'GET /admin/webhooks/deliveries': (req) =>
      ({ body: listOf(req.query.status === 'delivered' ? [delivery({ id: 'wd-2', status: 'delivered', last_error: null, last_status_code: 204, attempts: 1 })] : [delivery()]) }),
  });
}

describe('admin system page', () => {
  it('shows the backlog, dead letters, webhook deliveries and job runs', async () => {
    api();
    renderApp('/admin/system', { session: storedSession(admin) });
    expect(await screen.findByTestId('admin-system')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('stat-backlog')).toHaveTextContent('7'));
    expect(screen.getByTestId('stat-oldest')).toHaveTextContent('2 min');
    expect(screen.getByTestId('stat-dead')).toHaveTextContent('1');
    expect(screen.getByTestId('stat-webhooks')).toHaveTextContent('2 pending · 1 dead');
    expect(await screen.findByTestId('dead-letter-name')).toHaveTextContent('order.refund_due');
    expect(await screen.findByTestId('delivery-status')).toHaveTextContent('Dead');
    expect(screen.getByTestId('delivery-last')).toHaveTextContent('HTTP 500: partner is down');
    expect(screen.getAllByTestId('job-name').map((n) => n.textContent)).toEqual(['outbox', 'webhooks.deliver']);
    expect(screen.getByTestId('job-failed')).toHaveTextContent('database is down');
    expect(screen.getAllByTestId('job-instance').map((n) => n.textContent)).toEqual(['worker-1:42', 'worker-2:7']);
    expect(screen.getByText('(this page served by a ROLE=api instance)')).toBeInTheDocument();
  });

  it('sends a dead delivery again and retries a dead letter; a refusal is shown', async () => {
    const fake = api();
    const retried: string[] = [];
    fake.on('POST /admin/webhooks/deliveries/:id/retry', (req) => {
      retried.push(req.path);
      return { status: 202, body: { data: delivery({ status: 'pending' }) } };
    });
    fake.on('POST /admin/outbox/dead-letters/:id/retry', () => ({ status: 404, body: errorBody('NOT_FOUND', 'No such dead letter') }));
    const { user } = renderApp('/admin/system', { session: storedSession(admin) });
    await user.click(await screen.findByTestId('delivery-retry'));
    await waitFor(() => expect(retried).toEqual(['/admin/webhooks/deliveries/wd-1/retry']));
    await user.click(await screen.findByTestId('dead-letter-retry'));
    expect(await screen.findByTestId('dead-letter-retry-error')).toHaveTextContent('No such dead letter');
  });

  it('filters deliveries by status', async () => {
    const fake = api();
    const { user } = renderApp('/admin/system', { session: storedSession(admin) });
    await screen.findByTestId('delivery-status');
    await user.click(within(screen.getByTestId('delivery-filter')).getByText('Delivered'));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Delivered'));
    expect(fake.lastRequestTo('/admin/webhooks/deliveries')?.query.status).toBe('delivered');
    expect(screen.queryByTestId('delivery-retry')).not.toBeInTheDocument();
  });
});
