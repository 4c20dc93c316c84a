import type { OrderDto } from '@devgear/contracts';
import { useParams } from 'react-router-dom';
import { Breadcrumb, Skeleton } from '@/ui';
import '../../../components/form/forms.css';
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
      <h2 id="order-delivery-title" className="panel__title">
        Delivery and payment
      </h2>
      <ShippingAddress address={order.shipping_address} />
      <dl className="order-facts">
        <dt>Payment</dt>
        <dd data-testid="order-payment">{paymentStatusLabel(order.payment.status)}</dd>
        {order.shipment && (
          <>
            <dt>Tracking</dt>
            <dd data-testid="order-tracking">
              {order.shipment.carrier} <span className="order-facts__tracking">{order.shipment.tracking_number}</span>
            </dd>
          </>
        )}
        {order.cancellation_reason && (
          <>
            <dt>Cancelled</dt>
            <dd data-testid="order-cancelled-reason">{cancellationReasonLabel(order.cancellation_reason)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** /orders/:id: one of the customer's orders, with its status history and, while possible, Cancel. */
export function OrderDetailRoute() {
  const { id = '' } = useParams();
  const { currentData: order, error: rawError, isFetching, refetch } = useGetOrderQuery(id);
  const error = queryError(rawError);
  useDocumentTitle(order ? `Order ${order.number}` : error?.status === 404 ? 'Order not found' : 'Your order');

  if (!order && (isFetching || !error)) {
    return (
      <div data-testid="order-loading">
        <Skeleton lines={8} title label="Loading your order…" />
      </div>
    );
  }
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
      <Breadcrumb items={[{ label: 'Your account', to: '/account' }, { label: 'Orders', to: ORDER_HISTORY_PATH }, { label: order.number }]} />
      <div className="order-page__header">
        <h1 className="page-title" data-testid="order-title">
          Order {order.number}
        </h1>
        <OrderStatusTag status={order.status} />
      </div>
      <p className="order-page__placed text-secondary">
        Placed on <time dateTime={order.created_at}>{formatDateTime(order.created_at)}</time>
      </p>
      <div className="checkout-layout">
        <div>
          <section className="panel" aria-labelledby="order-items-title">
            <h2 id="order-items-title" className="panel__title">
              Items
            </h2>
            <OrderItems items={order.items} />
            <OrderTotals totals={orderTotals(order)} />
          </section>
        </div>
        <div>
          <div className="stack">
            <section className="panel" aria-labelledby="order-status-title">
              <h2 id="order-status-title" className="panel__title">
                Status
              </h2>
              <OrderTimeline order={order} />
              <CancelOrderButton order={order} />
            </section>
            <Delivery order={order} />
          </div>
        </div>
      </div>
    </article>
  );
}
