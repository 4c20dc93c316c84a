import Col from 'antd/es/col';
import Result from 'antd/es/result';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
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

  if (!order && (isFetching || !error)) return <Skeleton active paragraph={{ rows: 8 }} data-testid="order-loading" />;
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
                <Typography.Text strong copyable data-testid="confirmation-number">
                  {order.number}
                </Typography.Text>
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
            <Space wrap style={{ justifyContent: 'center' }}>
              <ButtonLink type="primary" to={orderHref(order)} data-testid="confirmation-view-order">
                View your order
              </ButtonLink>
              <ButtonLink to="/products">Continue shopping</ButtonLink>
            </Space>
          }
        />
      </div>
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} lg={15}>
          <section className="panel" aria-labelledby="confirmation-items-title">
            <Typography.Title level={2} id="confirmation-items-title" className="panel__title">
              What you ordered
            </Typography.Title>
            <OrderItems items={order.items} />
            <OrderTotals totals={orderTotals(order)} />
          </section>
        </Col>
        <Col xs={24} lg={9}>
          <section className="panel" aria-labelledby="confirmation-address-title">
            <Typography.Title level={2} id="confirmation-address-title" className="panel__title">
              Shipping to
            </Typography.Title>
            <ShippingAddress address={order.shipping_address} />
          </section>
        </Col>
      </Row>
    </div>
  );
}
