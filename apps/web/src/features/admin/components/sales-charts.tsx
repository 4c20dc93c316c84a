import type { AnalyticsDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import { Bar, CartesianGrid, Cell, ComposedChart, Label, Legend, Line, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, minorDigits } from '@/lib/money';
import { formatDay, formatShortDay } from '../lib/analytics-window';
import { ORDER_STATUSES_COUNTED } from '@devgear/contracts';
import { ORDER_STATUS_LABELS } from '@/lib/order-status';

type CountedStatus = (typeof ORDER_STATUSES_COUNTED)[number];

/** Chart colours of the statuses, close to their tags' (theme.ts's indigo for paid). */
const STATUS_FILL: Record<CountedStatus, string> = {
  pending: '#f59f00',
  paid: '#3b5bdb',
  packed: '#15aabf',
  shipped: '#7048e8',
  delivered: '#2f9e44',
  cancelled: '#adb5bd',
  refunded: '#ae3ec9',
};

const REVENUE_FILL = '#3b5bdb';
const ORDERS_STROKE = '#e8590c';
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-US');

/**
 * The dashboard's charts (recharts, loaded only by the back office): revenue (columns) and
 * orders (line) per day, and the window's orders by status (donut).
 */
export function SalesCharts({ analytics }: { analytics: AnalyticsDto }) {
  const currency = analytics.revenue.currency;
  const scale = 10 ** minorDigits(currency);
  const symbol = formatMoney({ amount: 0, currency }).replace(/[\d.,\s]/g, '');
  // Chart geometry only (bar heights, axis ticks): amounts shown as text stay exact minor units.
  const days = analytics.sales_by_day.map((d) => ({ date: d.date, revenue: d.revenue.amount / scale, minor: d.revenue.amount, orders: d.orders }));
  const statuses = ORDER_STATUSES_COUNTED
    .map((status) => ({ status, name: ORDER_STATUS_LABELS[status], value: analytics.orders_by_status[status] ?? 0 }))
    .filter((s) => s.value > 0);
  const totalOrders = statuses.reduce((sum, s) => sum + s.value, 0);

  return (
    <div className="admin-charts">
      <Card title="Revenue and orders per day" size="small" className="admin-chart admin-chart--wide" data-testid="chart-sales">
        <div role="img" aria-label={`Revenue and orders per day from ${formatDay(analytics.from)} to ${formatDay(analytics.to)}`}>
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e9ecf2" />
              <XAxis dataKey="date" tickFormatter={formatShortDay} tick={{ fontSize: 12 }} minTickGap={16} />
              <YAxis
                yAxisId="revenue"
                tickFormatter={(v: number) => `${symbol}${compact.format(v)}`}
                tick={{ fontSize: 12 }}
                width={56}
              />
              <YAxis yAxisId="orders" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
              <Tooltip
                labelFormatter={(label) => formatDay(String(label))}
                formatter={(value, name, item) =>
                  name === 'Revenue' ? [formatMoney({ amount: (item.payload as { minor: number }).minor, currency }), name] : [value, name]
                }
              />
              <Legend verticalAlign="top" height={28} />
              <Bar yAxisId="revenue" dataKey="revenue" name="Revenue" fill={REVENUE_FILL} radius={[3, 3, 0, 0]} maxBarSize={28} />
              <Line yAxisId="orders" dataKey="orders" name="Orders" type="monotone" stroke={ORDERS_STROKE} strokeWidth={2} dot={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </Card>
      <Card title="Orders by status" size="small" className="admin-chart" data-testid="chart-statuses">
        {totalOrders === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No orders in this period" />
        ) : (
          <div role="img" aria-label={statuses.map((s) => `${s.name}: ${s.value}`).join(', ')}>
            <ResponsiveContainer width="100%" height={300}>
              <PieChart>
                <Pie data={statuses} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="80%" paddingAngle={statuses.length > 1 ? 2 : 0}>
                  {statuses.map((s) => (
                    // One slice is a whole ring: no white seam where it starts and ends.
                    <Cell key={s.status} fill={STATUS_FILL[s.status]} stroke={statuses.length > 1 ? '#fff' : 'none'} />
                  ))}
                  <Label position="center" value={totalOrders === 1 ? '1 order' : `${count.format(totalOrders)} orders`} className="admin-chart__center" />
                </Pie>
                <Tooltip formatter={(value, name) => [value, name]} />
                <Legend formatter={(name, entry) => `${name} (${(entry.payload as { value?: number } | undefined)?.value ?? 0})`} />
              </PieChart>
            </ResponsiveContainer>
          </div>
        )}
      </Card>
    </div>
  );
}
