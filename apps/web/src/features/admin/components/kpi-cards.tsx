import type { AnalyticsDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Skeleton from 'antd/es/skeleton';
import Statistic from 'antd/es/statistic';
import Typography from 'antd/es/typography';
import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/money';

interface Kpi {
  key: string;
  title: string;
  value: string;
  hint: ReactNode;
}

const count = new Intl.NumberFormat('en-US');

function kpis(a: AnalyticsDto): Kpi[] {
  return [
    { key: 'revenue', title: 'Revenue', value: formatMoney(a.revenue), hint: 'Order totals, refunds excluded' },
    { key: 'orders', title: 'Orders', value: count.format(a.orders_count), hint: 'Paid and not refunded' },
    { key: 'aov', title: 'Average order value', value: formatMoney(a.average_order_value), hint: 'Revenue per order' },
    { key: 'refunded', title: 'Refunded', value: count.format(a.orders_by_status.refunded), hint: 'Paid, then cancelled' },
    { key: 'cancelled', title: 'Cancelled', value: count.format(a.orders_by_status.cancelled), hint: 'Unpaid: cancelled or expired' },
  ];
}

/** The headline figures of a window; `analytics` absent: their skeletons. */
export function KpiCards({ analytics }: { analytics?: AnalyticsDto }) {
  if (!analytics) {
    return (
      <div className="admin-kpis" data-testid="kpi-loading">
        {Array.from({ length: 5 }, (_, i) => (
          <Card key={i} size="small" className="admin-kpi">
            <Skeleton active title={false} paragraph={{ rows: 2, width: ['50%', '80%'] }} />
          </Card>
        ))}
      </div>
    );
  }
  return (
    <div className="admin-kpis" data-testid="kpis">
      {kpis(analytics).map((k) => (
        <Card key={k.key} size="small" className="admin-kpi" data-testid={`kpi-${k.key}`}>
          <Statistic title={k.title} value={k.value} formatter={() => <span data-testid={`kpi-${k.key}-value`}>{k.value}</span>} />
          <Typography.Text type="secondary" className="admin-kpi__hint">
            {k.hint}
          </Typography.Text>
        </Card>
      ))}
    </div>
  );
}
