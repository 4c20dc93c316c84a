import { screen, waitFor, within } from '@testing-library/react';
import type { AnalyticsDto } from '@devgear/contracts';
import { admin, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { analytics, emptyAnalytics } from '@/testing/admin-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

function api() {
  return installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: admin } } });
}

const WINDOW = '/admin?from=2026-10-05&to=2026-11-03';

describe('admin dashboard', () => {
  it('shows the window’s headline figures, charts and best sellers', async () => {
    const fake = api().on('GET /admin/analytics', { body: { data: analytics() } });
    renderApp(WINDOW, { session: storedSession(admin) });

    expect(await screen.findByTestId('kpi-revenue-value')).toHaveTextContent('$12,345.50');
    expect(screen.getByTestId('kpi-orders-value')).toHaveTextContent('42');
    expect(screen.getByTestId('kpi-aov-value')).toHaveTextContent('$293.94');
    expect(screen.getByTestId('kpi-refunded-value')).toHaveTextContent('3');
    expect(screen.getByTestId('kpi-cancelled-value')).toHaveTextContent('2');
    expect(fake.lastRequestTo('/admin/analytics')?.query).toEqual({ from: '2026-10-05', to: '2026-11-03' });
    expect(screen.getByTestId('analytics-window')).toHaveTextContent('30 days, counted in UTC');

    expect(screen.getAllByTestId('top-product-name').map((el) => el.textContent)).toEqual(['Mechanical Keyboard TKL', 'Ergonomic Mouse']);
    const best = screen.getAllByTestId('top-product-name')[0].closest('tr') as HTMLElement;
    expect(within(best).getByText('18')).toBeInTheDocument();
    expect(within(best).getByText('$2,339.82')).toBeInTheDocument();
    // The charts arrive with recharts (loaded on demand).
    expect(await screen.findByTestId('chart-sales')).toHaveTextContent('Revenue and orders per day');
    expect(screen.getByTestId('chart-statuses')).toHaveTextContent('Orders by status');
    expect(screen.getByTestId('chart-statuses').querySelector('[role="img"]')).toHaveAttribute('aria-label', expect.stringContaining('Delivered: 25'));
    expect(screen.queryByTestId('analytics-empty')).not.toBeInTheDocument();
  });

  it('asks for the last 30 days by default and shows skeletons while the figures load', async () => {
    let answer: (value: { body: { data: AnalyticsDto } }) => void = () => {};
    const fake = api().on('GET /admin/analytics', () => new Promise((resolve) => (answer = resolve)));
    renderApp('/admin', { session: storedSession(admin) });

    expect(await screen.findByTestId('kpi-loading')).toBeInTheDocument();
    expect(screen.getByTestId('charts-loading')).toBeInTheDocument();
    await waitFor(() => expect(fake.requestsTo('/admin/analytics')).toHaveLength(1));
    const { from, to } = fake.requestsTo('/admin/analytics')[0].query;
    const today = new Date().toISOString().slice(0, 10);
    expect(to).toBe(today);
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(29);

    answer({ body: { data: analytics({ from, to }) } });
    expect(await screen.findByTestId('kpi-revenue-value')).toHaveTextContent('$12,345.50');
    expect(screen.queryByTestId('kpi-loading')).not.toBeInTheDocument();
  });

  it('says so when the store sold nothing in the window', async () => {
    api().on('GET /admin/analytics', { body: { data: emptyAnalytics() } });
    renderApp(WINDOW, { session: storedSession(admin) });

    const empty = await screen.findByTestId('analytics-empty');
    expect(empty).toHaveTextContent('No sales in this period');
    expect(empty).toHaveTextContent('No order was placed between Oct 5, 2026 and Nov 3, 2026');
    expect(screen.getByTestId('kpi-revenue-value')).toHaveTextContent('$0.00');
    expect(screen.getByTestId('kpi-orders-value')).toHaveTextContent('0');
    expect(screen.queryByTestId('chart-sales')).not.toBeInTheDocument();
    expect(screen.queryByTestId('top-products')).not.toBeInTheDocument();
  });

  it('explains a failure and tries again', async () => {
    let calls = 0;
    api().on('GET /admin/analytics', () => {
      calls += 1;
      return calls === 1 ? { status: 500, body: errorBody('INTERNAL', 'Something went wrong on our side.') } : { body: { data: analytics() } };
    });
    const { user } = renderApp(WINDOW, { session: storedSession(admin) });
    expect(await screen.findByTestId('api-error')).toHaveTextContent('We could not load the figures');
    await user.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('kpi-revenue-value')).toHaveTextContent('$12,345.50');
  });

  it('is the first entry of the back office menu', async () => {
    api().on('GET /admin/analytics', { body: { data: analytics() } });
    renderApp(WINDOW, { session: storedSession(admin) });
    const nav = await screen.findByRole('navigation', { name: 'Back office' });
    const sections = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(sections[0]).toBe('Dashboard');
    expect(sections).toEqual(expect.arrayContaining(['Orders', 'Discounts', 'Users']));
    expect(nav.querySelector('.ant-menu-item-selected')).toHaveTextContent('Dashboard');
  });
});
