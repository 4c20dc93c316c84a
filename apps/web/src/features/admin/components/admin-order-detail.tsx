import type { AdminOrderDto } from '@devgear/contracts';
import Breadcrumb from 'antd/es/breadcrumb';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Skeleton from 'antd/es/skeleton';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import { OrderStatusTag } from '@/components/shared/order-status-tag';
import { OrderTimeline } from '@/components/shared/order-timeline';
import { countryName } from '@/lib/address-form';
import { queryError } from '@/lib/base-api';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import { useGetAdminOrderQuery } from '../api/admin-orders-api';
import { OrderActions } from './order-actions';

type Item = AdminOrderDto['items'][number];

const itemColumns: TableProps<Item>['columns'] = [
  {
    title: 'Product',
    key: 'name',
    render: (_, item) => (
      <>
        <Link to={`/products/${encodeURIComponent(item.product_id)}`} data-testid="order-item-name">
          {item.name}
        </Link>
        <br />
        <Typography.Text type="secondary" className="admin-order__sku">
          SKU {item.sku}
        </Typography.Text>
      </>
    ),
  },
  { title: 'Qty', dataIndex: 'quantity', key: 'quantity', align: 'right', width: 70 },
  { title: 'Unit price', key: 'unit_price', align: 'right', width: 120, render: (_, item) => formatMoney(item.unit_price) },
  { title: 'Total', key: 'line_total', align: 'right', width: 120, render: (_, item) => formatMoney(item.line_total) },
];

const PAYMENT_COLORS: Record<string, string> = { succeeded: 'green', paid: 'green', captured: 'green', refunded: 'purple', failed: 'red', declined: 'red', pending: 'gold' };

function Totals({ order }: { order: AdminOrderDto }) {
  const rows: { key: string; label: ReactNode; value: string; strong?: boolean }[] = [
    { key: 'subtotal', label: 'Subtotal', value: formatMoney(order.subtotal) },
    ...(order.discount_total.amount > 0
      ? [{ key: 'discount', label: order.discount_code ? <>Discount <Tag>{order.discount_code}</Tag></> : 'Discount', value: `−${formatMoney(order.discount_total)}` }]
      : []),
    { key: 'shipping', label: 'Shipping', value: order.shipping_total.amount === 0 ? 'Free' : formatMoney(order.shipping_total) },
    ...(order.tax_total.amount > 0 ? [{ key: 'tax', label: 'Tax', value: formatMoney(order.tax_total) }] : []),
    { key: 'total', label: 'Total', value: formatMoney(order.total), strong: true },
  ];
  return (
    <dl className="admin-order__totals" data-testid="order-totals">
      {rows.map((row) => (
        <div key={row.key} className={row.strong ? 'admin-order__total admin-order__total--grand' : 'admin-order__total'} data-testid={`order-${row.key}`}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** How each payment provider reads to staff (the API sends `stripe` or `local`). */
const PAYMENT_PROVIDERS: Record<string, string> = { stripe: 'Card (Stripe)', local: 'Test card (local)' };

/** /admin/orders/:id: everything about one order, and the status changes it allows. */
export function AdminOrderDetail({ orderId }: { orderId: string }) {
  const { data: order, error, isLoading, refetch } = useGetAdminOrderQuery(orderId);
  const apiError = queryError(error);

  const crumbs = (
    <Breadcrumb
      className="admin-breadcrumb"
      items={[{ title: <Link to="/admin/orders">Orders</Link> }, { title: order?.number ?? 'Order' }]}
    />
  );

  if (apiError?.status === 403) return <Forbidden />;
  if (isLoading) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 10 }} data-testid="order-loading" />
      </>
    );
  }
  if (!order) {
    return (
      <>
        {crumbs}
        <ApiErrorState
          error={apiError}
          title={apiError?.status === 404 ? 'There is no such order' : 'We could not load the order'}
          onRetry={apiError?.status === 404 ? undefined : () => refetch()}
        />
      </>
    );
  }

  const address = order.shipping_address;
  // The customer in the back office's user list (searched by email, else by name).
  const customerLink = `/admin/users?q=${encodeURIComponent(order.customer_email ?? order.customer_name ?? '')}`;
  return (
    <div data-testid="admin-order">
      {crumbs}
      <div className="admin-detail__head">
        <div>
          <Typography.Title level={1} className="page-title admin-detail__title">
            Order {order.number} <OrderStatusTag status={order.status} />
          </Typography.Title>
          <Typography.Text type="secondary">
            Placed <time dateTime={order.created_at}>{formatDateTime(order.created_at)}</time> · last change{' '}
            <time dateTime={order.updated_at}>{formatDateTime(order.updated_at)}</time>
          </Typography.Text>
        </div>
        <OrderActions order={order} onStale={() => refetch()} />
      </div>
      {order.cancellation_reason && (
        <Typography.Paragraph type="secondary" data-testid="order-cancellation-reason">
          Cancelled: {order.cancellation_reason}
        </Typography.Paragraph>
      )}
      <div className="admin-order__grid">
        <div className="admin-order__main">
          <Card title="Items" size="small">
            <Table<Item> rowKey="variant_id" size="small" columns={itemColumns} dataSource={order.items} pagination={false} scroll={{ x: 520 }} />
            <Totals order={order} />
          </Card>
          <Card title="Status history" size="small">
            <OrderTimeline order={order} showNext={false} />
          </Card>
        </div>
        <div className="admin-order__side">
          <Card title="Customer" size="small" data-testid="order-customer-card">
            {order.customer_name && (
              <div data-testid="order-customer-name">
                <Link to={customerLink}>{order.customer_name}</Link>
              </div>
            )}
            {order.customer_email ? (
              <Typography.Text copyable={{ text: order.customer_email }} data-testid="order-customer-email">
                <Link to={customerLink}>{order.customer_email}</Link>
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">Email unknown</Typography.Text>
            )}
          </Card>
          <Card title="Shipping address" size="small" data-testid="order-address">
            <address className="admin-order__address">
              {address.name}
              <br />
              {address.line1}
              {address.line2 && (
                <>
                  <br />
                  {address.line2}
                </>
              )}
              <br />
              {[address.city, address.state].filter(Boolean).join(', ')} {address.postal_code}
              <br />
              {countryName(address.country) ?? address.country}
              {address.phone && (
                <>
                  <br />
                  <span data-testid="order-address-phone">Phone: {address.phone}</span>
                </>
              )}
            </address>
          </Card>
          <Card title="Payment" size="small" data-testid="order-payment">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'provider', label: 'Method', children: PAYMENT_PROVIDERS[order.payment.provider] ?? order.payment.provider },
                {
                  key: 'status',
                  label: 'Status',
                  children: (
                    <Tag color={PAYMENT_COLORS[order.payment.status] ?? 'default'} data-testid="payment-status">
                      {order.payment.status.charAt(0).toUpperCase() + order.payment.status.slice(1)}
                    </Tag>
                  ),
                },
              ]}
            />
          </Card>
          <Card title="Shipment" size="small" data-testid="order-shipment">
            {order.shipment ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'carrier', label: 'Carrier', children: <span data-testid="shipment-carrier">{order.shipment.carrier}</span> },
                  {
                    key: 'tracking',
                    label: 'Tracking',
                    children: (
                      <Typography.Text copyable data-testid="shipment-tracking">
                        {order.shipment.tracking_number}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">
                {['shipped', 'delivered'].includes(order.status) ? 'Shipped without tracking details.' : 'Not shipped yet.'}
              </Typography.Text>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
