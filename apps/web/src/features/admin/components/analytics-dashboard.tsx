import type { AnalyticsDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import { queryError } from '@/lib/base-api';
import { useGetAnalyticsQuery } from '../api/admin-analytics-api';
import { formatDay, MAX_WINDOW_DAYS, windowDays, windowFromParams } from '../lib/analytics-window';
import { KpiCards } from './kpi-cards';
import { TopProductsTable } from './top-products-table';

// recharts is large and only admins need it: it loads with the first chart.
const SalesCharts = lazy(() => import('./sales-charts').then((m) => ({ default: m.SalesCharts })));

const DAY_FORMAT = 'YYYY-MM-DD';

const PRESETS: { label: string; days: number }[] = [
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
  { label: 'Last 90 days', days: 90 },
  { label: 'Last 12 months', days: 365 },
];

function ChartsSkeleton() {
  return (
    <div className="admin-charts" data-testid="charts-loading">
      <Card size="small" className="admin-chart admin-chart--wide">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
      <Card size="small" className="admin-chart">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    </div>
  );
}

/** No order at all in the window (of any status): nothing to chart. */
function isEmpty(a: AnalyticsDto): boolean {
  return a.orders_count === 0 && Object.values(a.orders_by_status).every((n) => n === 0);
}

/**
 * /admin: the store's figures for a window of days kept in the URL (?from=&to=, default the
 * last 30): headline numbers, revenue and orders per day, orders by status and best sellers.
 */
export function AnalyticsDashboard() {
  const [params, setParams] = useSearchParams();
  const period = windowFromParams(params);
  const { currentData, error, isFetching, refetch } = useGetAnalyticsQuery(period);

  const choose = (range: [Dayjs | null, Dayjs | null] | null) => {
    const next = new URLSearchParams(params);
    const [from, to] = range ?? [null, null];
    if (from && to) {
      next.set('from', from.format(DAY_FORMAT));
      next.set('to', to.format(DAY_FORMAT));
    } else {
      next.delete('from');
      next.delete('to');
    }
    setParams(next);
  };

  const apiError = queryError(error);
  const today = dayjs();
  const toolbar = (
    <div className="admin-toolbar">
      <DatePicker.RangePicker
        value={[dayjs(period.from, DAY_FORMAT), dayjs(period.to, DAY_FORMAT)]}
        onChange={(range) => choose(range as [Dayjs | null, Dayjs | null] | null)}
        allowClear={false}
        format="MMM D, YYYY"
        presets={PRESETS.map((p) => ({ label: p.label, value: [today.subtract(p.days - 1, 'day'), today] }))}
        disabledDate={(day, info) =>
          day.isAfter(today, 'day') || Boolean(info?.from && Math.abs(day.diff(info.from, 'day')) >= MAX_WINDOW_DAYS)
        }
        aria-label="Period"
        data-testid="analytics-range"
      />
      <Typography.Text type="secondary" data-testid="analytics-window">
        {windowDays(period) === 1 ? '1 day' : `${windowDays(period)} days`}, counted in UTC
      </Typography.Text>
    </div>
  );

  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !currentData && !isFetching) {
    return (
      <>
        {toolbar}
        <ApiErrorState error={apiError} title="We could not load the figures" onRetry={() => refetch()} />
      </>
    );
  }

  return (
    <div data-testid="admin-dashboard" aria-busy={isFetching}>
      {toolbar}
      <KpiCards analytics={currentData} />
      {!currentData ? (
        <ChartsSkeleton />
      ) : isEmpty(currentData) ? (
        <Card className="admin-empty" data-testid="analytics-empty">
          <Empty
            description={
              <>
                <Typography.Text strong>No sales in this period</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  No order was placed between {formatDay(currentData.from)} and {formatDay(currentData.to)}. Choose a longer period, or
                  come back once customers have checked out.
                </Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <>
          <Suspense fallback={<ChartsSkeleton />}>
            <SalesCharts analytics={currentData} />
          </Suspense>
          <TopProductsTable products={currentData.top_products} />
        </>
      )}
    </div>
  );
}
