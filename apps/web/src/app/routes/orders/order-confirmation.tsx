import { useParams } from 'react-router-dom';
import { ButtonLink, Result, Skeleton } from '@/ui';
import { ApiErrorState } from '@/components/shared/api-error-state';
import '../../../components/form/forms.css';
import { NotFound } from '@/components/shared/not-found';
import { OrderTotals } from '@/components/shared/order-totals';
import { useGetOrderQuery } from '@/features/orders/api/orders-api';
import { OrderItems } from '@/features/orders/components/order-items';
import { ShippingAddress } from '@/features/orders/components/shipping-address';
import { ORDER_HISTORY_PATH, orderHref } from '@/features/orders/lib/order-links';
import { orderTotals } from '@/features/orders/lib/order-totals';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';

/** /orders/:id/confirmation: the thank-you page after checkout. */
export function OrderConfirmationRoute() {
  const { id = '' } = useParams();
  const { currentData: order, error: rawError, isFetching, refetch } = useGetOrderQuery(id);
  const error = queryError(rawError);
  useDocumentTitle(order ? `Thank you — order ${order.number}` : 'Your order');

  if (!order && (isFetching || !error)) {
    return (
      <div data-testid="order-loading">
        <Skeleton lines={8} title label="Loading your order…" />
      </div>
    );
  }
  if (error?.status === 404) return <NotFound title="Order not found" actionLabel="See your orders" actionTo={ORDER_HISTORY_PATH} />;
  if (error || !order) return <ApiErrorState error={error} title="We could not load your order" onRetry={() => refetch()} />;

  const awaitingPayment = order.status === 'pending';
  return (
    <div className="confirmation-page" data-testid="order-confirmation">
      <div className="panel confirmation-hero">
        <Result
          status={awaitingPayment ? 'info' : 'success'}
          title="Thank you for your order!"
          subTitle={
            <>
              <div>
                Your order number is{' '}
                <strong data-testid="confirmation-number">{order.number}</strong>
                .
              </div>
              <div>
                {awaitingPayment
                  ? 'We are waiting for your payment to be confirmed; the order page shows when it is.'
                  : 'Your payment went through. We will let you know when it ships.'}
              </div>
            </>
          }
          extra={
            <div className="button-row">
              <ButtonLink variant="primary" to={orderHref(order)} data-testid="confirmation-view-order">
                View your order
              </ButtonLink>
              <ButtonLink to="/products">Continue shopping</ButtonLink>
            </div>
          }
        />
      </div>
      <div className="checkout-layout">
        <div>
          <section className="panel" aria-labelledby="confirmation-items-title">
            <h2 id="confirmation-items-title" className="panel__title">
              What you ordered
            </h2>
            <OrderItems items={order.items} />
            <OrderTotals totals={orderTotals(order)} />
          </section>
        </div>
        <div>
          <section className="panel" aria-labelledby="confirmation-address-title">
            <h2 id="confirmation-address-title" className="panel__title">
              Shipping to
            </h2>
            <ShippingAddress address={order.shipping_address} />
          </section>
        </div>
      </div>
    </div>
  );
}
