import type { OrderDto } from '@devgear/contracts';
import Breadcrumb from 'antd/es/breadcrumb';
import Col from 'antd/es/col';
import Descriptions from 'antd/es/descriptions';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { Link, useParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { NotFound } from '@/components/shared/not-found';
import { OrderTotals } from '@/components/shared/order-totals';
import { useGetOrderQuery } from '@/features/orders/api/orders-api';
import { CancelOrderButton } from '@/features/orders/components/cancel-order-button';
import { OrderItems } from '@/features/orders/components/order-items';
import { OrderStatusTag } from '@/components/shared/order-status-tag';
import { OrderTimeline } from '@/components/shared/order-timeline';
import { ShippingAddress } from '@/features/orders/components/shipping-address';
import { formatDateTime } from '@/lib/dates';
import { ORDER_HISTORY_PATH } from '@/features/orders/lib/order-links';
import { cancellationReasonLabel, orderTotals, paymentStatusLabel } from '@/features/orders/lib/order-totals';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';

function Delivery({ order }: { order: OrderDto }) {
  return (
    <section className="panel" aria-labelledby="order-delivery-title">
      <Typography.Title level={2} id="order-delivery-title" className="panel__title">
        Delivery and payment
      </Typography.Title>
      <ShippingAddress address={order.shipping_address} />
      <Descriptions
        column={1}
        colon={false}
        size="small"
        className="order-facts"
        items={[
          { key: 'payment', label: 'Payment', children: <span data-testid="order-payment">{paymentStatusLabel(order.payment.status)}</span> },
          ...(order.shipment
            ? [
                {
                  key: 'shipment',
                  label: 'Tracking',
                  children: (
                    <span data-testid="order-tracking">
                      {order.shipment.carrier} <Typography.Text copyable>{order.shipment.tracking_number}</Typography.Text>
                    </span>
                  ),
                },
              ]
            : []),
          ...(order.cancellation_reason
            ? [{ key: 'reason', label: 'Cancelled', children: <span data-testid="order-cancelled-reason">{cancellationReasonLabel(order.cancellation_reason)}</span> }]
            : []),
        ]}
      />
    </section>
  );
}

/** /orders/:id: one of the customer's orders, with its status history and, while possible, Cancel. */
export function OrderDetailRoute() {
  const { id = '' } = useParams();
  const { currentData: order, error: rawError, isFetching, refetch } = useGetOrderQuery(id);
  const error = queryError(rawError);
  useDocumentTitle(order ? `Order ${order.number}` : error?.status === 404 ? 'Order not found' : 'Your order');

  if (!order && (isFetching || !error)) return <Skeleton active paragraph={{ rows: 8 }} data-testid="order-loading" />;
  if (error?.status === 404) {
    return (
      <NotFound
        title="Order not found"
        message="There is no order here, or it belongs to another account."
        actionLabel="See your orders"
        actionTo={ORDER_HISTORY_PATH}
      />
    );
  }
  if (error || !order) return <ApiErrorState error={error} title="We could not load this order" onRetry={() => refetch()} />;

  return (
    <article className="order-page" data-testid="order-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/account">Your account</Link> },
          { title: <Link to={ORDER_HISTORY_PATH}>Orders</Link> },
          { title: order.number },
        ]}
      />
      <div className="order-page__header">
        <Typography.Title level={1} className="page-title" data-testid="order-title">
          Order {order.number}
        </Typography.Title>
        <OrderStatusTag status={order.status} />
      </div>
      <Typography.Paragraph type="secondary" className="order-page__placed">
        Placed on <time dateTime={order.created_at}>{formatDateTime(order.created_at)}</time>
      </Typography.Paragraph>
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} lg={15}>
          <section className="panel" aria-labelledby="order-items-title">
            <Typography.Title level={2} id="order-items-title" className="panel__title">
              Items
            </Typography.Title>
            <OrderItems items={order.items} />
            <OrderTotals totals={orderTotals(order)} />
          </section>
        </Col>
        <Col xs={24} lg={9}>
          <div className="stack">
            <section className="panel" aria-labelledby="order-status-title">
              <Typography.Title level={2} id="order-status-title" className="panel__title">
                Status
              </Typography.Title>
              <OrderTimeline order={order} />
              <CancelOrderButton order={order} />
            </section>
            <Delivery order={order} />
          </div>
        </Col>
      </Row>
    </article>
  );
}
